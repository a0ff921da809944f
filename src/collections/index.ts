import { AgentLinks } from '@/collections/AgentLinks'
import { ChatTaps } from '@/collections/ChatTaps'
import { Conditions } from '@/collections/Conditions'
import { Departments } from '@/collections/Departments'
import { Doctors } from '@/collections/Doctors'
import { Hospitals } from '@/collections/Hospitals'
import { Inquiries } from '@/collections/Inquiries'
import { Media } from '@/collections/Media'
import { LinkVisits } from '@/collections/LinkVisits'
import { MedicalRecords } from '@/collections/MedicalRecords'
import { Sources } from '@/collections/Sources'
import { Stories } from '@/collections/Stories'
import { Therapies } from '@/collections/Therapies'
import { Users } from '@/collections/Users'
import { withAdminLanguage } from '@/i18n/admin/withAdminLanguage'
import { withTranslationState } from '@/lib/translationState'

/**
 * In the order the admin navigation shows them. Every collection with translated text gets its
 * translation state here (src/lib/translationState), and every array its translated row names
 * (src/i18n/admin/rowLabels.ts), so new ones do too.
 */
export const collections = [Hospitals, Departments, Doctors, Therapies, Conditions, Sources, Stories, Media, Inquiries, MedicalRecords, AgentLinks, LinkVisits, ChatTaps, Users].map((collection) => withTranslationState(withAdminLanguage(collection)))
