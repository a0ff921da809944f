/**
 * The privacy notice's sections, in order (messages: privacy.sections.<name>). What GDPR Art. 13
 * and PIPL Art. 17, 30 and 39 ask a notice to say: who controls the data, what is collected and
 * why, on what legal basis, the transfer to China and its risks, who sees what, cookies, retention
 * and the data subject's rights including a complaint to a supervisory authority.
 */
export const PRIVACY_SECTIONS = ['controller', 'data', 'purposes', 'legalBasis', 'transfer', 'recipients', 'cookies', 'retention', 'rights'] as const

export type PrivacySectionName = (typeof PRIVACY_SECTIONS)[number]
