'use client'

import { useActionState, useEffect, useRef, useState, useTransition, type FormEvent, type ReactNode } from 'react'

import { sendInquiry } from '@/app/(frontend)/[locale]/contact/actions'
import { CountrySelect } from '@/components/inquiry/CountrySelect'
import { checkFieldsInBrowser, checkFilesInBrowser, newViewKey } from '@/components/inquiry/clientChecks'
import type { InquiryText } from '@/components/inquiry/text'
import { PATTERNS, valuesFromForm, type FieldErrors, type InquiryFieldName } from '@/lib/inquiries/fields'
import { initialInquiryState, type InquiryFormState } from '@/lib/inquiries/formState'
import { FIELD_MAX, MAX_RECORDS, RECORD_ACCEPT } from '@/lib/inquiries/limits'

type Option = [value: string, label: string]
type Props = {
  locale: string
  text: InquiryText
  therapies: Option[]
  hospitals: Option[]
  preset: { therapy?: string; hospital?: string }
  sourcePage: string
  /** The other ways to reach the team, rendered on the server; shown when sending fails. */
  otherWays: ReactNode
}

// Next's words when a server action gets something other than its own answer (our proxy's 429
// text is passed through instead, already translated).
const NEXT_GENERIC = 'An unexpected response was received from the server.'

/**
 * The inquiry form. Without JavaScript it is a plain multipart post to the server action, which
 * answers with this form refilled and its errors. With JavaScript it checks fields and files
 * before uploading, keeps everything typed (files included) when the server refuses, carries a
 * per-view key so a double click sends one inquiry, and shows the 429 text if the limit is hit.
 */
export const InquiryFormClient = ({ locale, text, therapies, hospitals, preset, sourcePage, otherWays }: Props) => {
  const [serverState, formAction] = useActionState(sendInquiry, initialInquiryState)
  const [local, setLocal] = useState<InquiryFormState | null>(null)
  const [pending, startTransition] = useTransition()
  const [viewKey, setViewKey] = useState('')
  const summary = useRef<HTMLDivElement>(null)
  // Set synchronously on submit: a double click arrives before React re-renders with `pending`.
  const sending = useRef(false)
  const state = local ?? serverState

  useEffect(() => setViewKey(newViewKey()), [])
  useEffect(() => {
    if (state.status !== 'idle') summary.current?.focus()
  }, [state])

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (sending.current) return
    const form = new FormData(event.currentTarget)
    const values = valuesFromForm(form)
    const errors = checkFieldsInBrowser(event.currentTarget)
    const files = form.getAll('records').filter((part): part is File => typeof part !== 'string' && (part.size > 0 || part.name !== ''))
    const fileProblem = checkFilesInBrowser(files)
    if (Object.keys(errors).length || fileProblem) {
      if (fileProblem) errors.records = fileProblem.code
      setLocal({ status: 'invalid', errors, file: fileProblem?.file, values, filesSent: 0 })
      return
    }
    // An empty file input still adds a nameless, empty part; the action's encoding would pass it on
    // as a file, so only the chosen files go.
    form.delete('records')
    for (const file of files) form.append('records', file)
    sending.current = true
    startTransition(async () => {
      try {
        // A successful send redirects to the confirmation page and never returns here.
        const next = await sendInquiry(state, form)
        if (next) setLocal(next)
      } catch (error) {
        const message = error instanceof Error && !(error instanceof TypeError) && error.message !== NEXT_GENERIC ? error.message : ''
        setLocal(message ? { status: 'rateLimited', message, values, filesSent: 0 } : { status: 'unavailable', values, filesSent: 0 })
      } finally {
        sending.current = false
      }
    })
  }

  const values = state.status === 'idle' ? {} : state.values
  const errors: FieldErrors = state.status === 'invalid' ? state.errors : {}
  const errorText = (field: InquiryFieldName | 'records') => {
    const code = errors[field]
    if (!code) return undefined
    const max = field in FIELD_MAX ? String(FIELD_MAX[field as keyof typeof FIELD_MAX]) : ''
    return text.errors[code].replace('{max}', max).replace('{file}', state.status === 'invalid' ? (state.file ?? '') : '')
  }
  const invalid = Object.keys(errors) as (InquiryFieldName | 'records')[]

  const describe = (field: string, hint?: boolean) =>
    [hint ? `inq-${field}-hint` : '', errors[field as InquiryFieldName] ? `inq-${field}-error` : ''].filter(Boolean).join(' ') || undefined
  const fieldError = (field: InquiryFieldName | 'records') => {
    const message = errorText(field)
    return message ? <p id={`inq-${field}-error`} className="field-error">{message}</p> : null
  }
  const common = (field: InquiryFieldName, hint = false) => ({
    id: `inq-${field}`,
    name: field,
    'aria-invalid': errors[field] ? true : undefined,
    'aria-describedby': describe(field, hint),
  })

  return (
    <form className="inquiry-form" action={formAction} onSubmit={onSubmit} noValidate aria-busy={pending}>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="sourcePage" value={sourcePage} />
      <input type="hidden" name="submissionKey" value={viewKey} />

      <div ref={summary} tabIndex={-1} className="form-status" aria-live="polite">
        {state.status === 'invalid' ? (
          <div className="form-alert" role="alert">
            <p><strong>{text.errors.summary[Math.min(invalid.length, text.errors.summary.length - 1)]}</strong></p>
            <ul>
              {invalid.map((field) => (
                <li key={field}><a href={`#inq-${field}`}>{text.labels[field]}: {errorText(field)}</a></li>
              ))}
            </ul>
          </div>
        ) : null}
        {state.status === 'unavailable' || state.status === 'rateLimited' ? (
          <div className="form-alert" role="alert">
            <p><strong>{state.status === 'unavailable' ? text.unavailable.title : text.rateLimitedTitle}</strong></p>
            <p>{state.status === 'unavailable' ? text.unavailable.text : state.message}</p>
            {otherWays}
          </div>
        ) : null}
        {state.status !== 'idle' && state.filesSent > 0 ? <p className="notice">{text.errors.filesAgain}</p> : null}
      </div>

      <p className="muted">{text.requiredNote}</p>

      <fieldset>
        <legend>{text.sections.contact}</legend>
        <div className="field">
          <label htmlFor="inq-name">{text.labels.name} <span aria-hidden="true">*</span></label>
          <input {...common('name')} type="text" autoComplete="name" required maxLength={FIELD_MAX.name} defaultValue={values.name} />
          {fieldError('name')}
        </div>
        <div className="field">
          <label htmlFor="inq-email">{text.labels.email} <span aria-hidden="true">*</span></label>
          <p id="inq-email-hint" className="hint">{text.hints.email}</p>
          <input {...common('email', true)} type="email" dir="ltr" autoComplete="email" inputMode="email" required pattern={PATTERNS.email} defaultValue={values.email} />
          {fieldError('email')}
        </div>
        <div className="field">
          <label htmlFor="inq-phone">{text.labels.phone}</label>
          <p id="inq-phone-hint" className="hint">{text.hints.phone}</p>
          <input {...common('phone', true)} type="tel" dir="ltr" autoComplete="tel" maxLength={FIELD_MAX.phone} pattern={PATTERNS.phone} defaultValue={values.phone} />
          {fieldError('phone')}
        </div>
        <div className="field">
          <label htmlFor="inq-country">{text.labels.country}</label>
          <CountrySelect {...common('country')} autoComplete="country" locale={locale} none={text.none.country} selected={values.country} />
          {fieldError('country')}
        </div>
        <div className="field">
          <label htmlFor="inq-preferredLanguage">{text.labels.preferredLanguage} <span aria-hidden="true">*</span></label>
          <select {...common('preferredLanguage')} required defaultValue={values.preferredLanguage ?? locale}>
            {text.languages.map(([code, name]) => <option key={code} value={code}>{name}</option>)}
          </select>
          {fieldError('preferredLanguage')}
        </div>
      </fieldset>

      <fieldset>
        <legend>{text.sections.patient}</legend>
        <div className="field">
          <label htmlFor="inq-patientAge">{text.labels.patientAge}</label>
          <input {...common('patientAge')} type="text" inputMode="numeric" autoComplete="off" size={4} maxLength={3} pattern={PATTERNS.patientAge} defaultValue={values.patientAge} />
          {fieldError('patientAge')}
        </div>
        <div className="field">
          <label htmlFor="inq-diagnosis">{text.labels.diagnosis} <span aria-hidden="true">*</span></label>
          <p id="inq-diagnosis-hint" className="hint">{text.hints.diagnosis}</p>
          <textarea {...common('diagnosis', true)} rows={3} required defaultValue={values.diagnosis} />
          {fieldError('diagnosis')}
        </div>
        <div className="field">
          <label htmlFor="inq-treatmentSoFar">{text.labels.treatmentSoFar}</label>
          <textarea {...common('treatmentSoFar')} rows={4} defaultValue={values.treatmentSoFar} />
          {fieldError('treatmentSoFar')}
        </div>
        <div className="field">
          <label htmlFor="inq-records">{text.labels.records}</label>
          <p id="inq-records-hint" className="hint">{text.hints.records}</p>
          <input
            id="inq-records"
            name="records"
            type="file"
            multiple
            accept={RECORD_ACCEPT}
            data-max-files={MAX_RECORDS}
            aria-invalid={errors.records ? true : undefined}
            aria-describedby={describe('records', true)}
          />
          {fieldError('records')}
        </div>
      </fieldset>

      <fieldset>
        <legend>{text.sections.interest}</legend>
        <div className="field">
          <label htmlFor="inq-therapy">{text.labels.therapy}</label>
          <select {...common('therapy')} defaultValue={values.therapy ?? preset.therapy ?? ''}>
            <option value="">{text.none.therapy}</option>
            {therapies.map(([id, name]) => <option key={id} value={id}>{name}</option>)}
          </select>
          {fieldError('therapy')}
        </div>
        <div className="field">
          <label htmlFor="inq-hospital">{text.labels.hospital}</label>
          <select {...common('hospital')} defaultValue={values.hospital ?? preset.hospital ?? ''}>
            <option value="">{text.none.hospital}</option>
            {hospitals.map(([id, name]) => <option key={id} value={id}>{name}</option>)}
          </select>
          {fieldError('hospital')}
        </div>
        <div className="field">
          <label htmlFor="inq-message">{text.labels.message}</label>
          <textarea {...common('message')} rows={4} defaultValue={values.message} />
          {fieldError('message')}
        </div>
      </fieldset>

      {/* Two separate consents, each its own checkbox, worded as the privacy notice quotes them. */}
      <fieldset className="consents">
        <legend>{text.sections.consents}</legend>
        <div className="field consent">
          <input {...common('consent')} type="checkbox" value="yes" required defaultChecked={values.consent === 'yes'} />
          <label htmlFor="inq-consent">
            {text.labels.consent} <span aria-hidden="true">*</span>
          </label>
          {fieldError('consent')}
        </div>
        <div className="field consent">
          <input {...common('transferConsent')} type="checkbox" value="yes" required defaultChecked={values.transferConsent === 'yes'} />
          <label htmlFor="inq-transferConsent">
            {text.labels.transferConsent} <span aria-hidden="true">*</span>
          </label>
          {fieldError('transferConsent')}
        </div>
        <a className="consent-link" href={text.privacyHref}>{text.privacy}</a>
      </fieldset>

      {/* A trap for bots: hidden from people and from assistive technology, never focusable. */}
      <div className="trap" aria-hidden="true">
        <label htmlFor="inq-website">{text.honeypot}</label>
        <input id="inq-website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>

      <button className="button" type="submit" disabled={pending}>
        {pending ? text.sending : text.submit}
      </button>
    </form>
  )
}
