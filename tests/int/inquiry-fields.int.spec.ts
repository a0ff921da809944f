import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import * as z from 'zod/mini'

import { anchored, INQUIRY_FIELDS, PATTERNS } from '@/lib/inquiries/fields'
import { inquirySchema } from '@/lib/inquiries/schema'

// The browser checks the form through the inputs' own attributes (src/components/inquiry/
// clientChecks.ts), without zod; these tests hold its patterns to the server's answers.
const emailChars = fc.constantFrom(...'abcXYZ019_+-.\'@ü!'.split(''))
const emailLike = fc.oneof(
  fc.stringMatching(/^[a-z0-9._+'-]{1,12}@[a-z0-9-]{1,8}(\.[a-z0-9-]{1,6}){1,3}$/),
  fc.array(emailChars, { maxLength: 24 }).map((chars) => chars.join('')),
)

describe("the inquiry form's shared patterns", () => {
  it('compile as a browser compiles a pattern attribute (the v flag), anchored whole', () => {
    for (const pattern of Object.values(PATTERNS)) {
      expect(() => new RegExp(`^(?:${pattern})$`, 'v')).not.toThrow()
    }
    expect(anchored(PATTERNS.patientAge).test('120')).toBe(true)
    expect(anchored(PATTERNS.patientAge).test('1200')).toBe(false)
  })

  it("give the same answer as zod's own e-mail check, so the browser refuses no address the server takes", () => {
    const zodEmail = z.email()
    fc.assert(
      fc.property(emailLike, (value) => {
        expect(anchored(PATTERNS.email).test(value)).toBe(zodEmail.safeParse(value).success)
      }),
      { numRuns: 2000 },
    )
  })

  it('phone and age accept what the server accepted before they were shared', () => {
    const before = { phone: /^\+?[\d\s().-]{5,}$/, patientAge: /^(\d{1,2}|1[01]\d|120)$/ }
    const digitsAndMarks = fc.array(fc.constantFrom(...'+0123456789 ().-x'.split('')), { maxLength: 20 }).map((c) => c.join(''))
    fc.assert(
      fc.property(digitsAndMarks, (value) => {
        expect(anchored(PATTERNS.phone).test(value)).toBe(before.phone.test(value))
        expect(anchored(PATTERNS.patientAge).test(value)).toBe(before.patientAge.test(value))
      }),
      { numRuns: 2000 },
    )
  })

  it("list exactly the server schema's fields", () => {
    expect([...INQUIRY_FIELDS].sort()).toEqual(Object.keys(inquirySchema.shape).sort())
  })
})
