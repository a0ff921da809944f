import { HTML_LIMITED_BOT_UA_RE } from 'next/dist/shared/lib/router/utils/html-bots'

/**
 * Link-preview crawlers and other robots, by User-Agent: one list, read by next.config.ts (which
 * gives them the metadata in <head>) and by the short-link route (which does not count their
 * fetches as visits). Next's own list has WhatsApp, facebookexternalhit, Twitterbot and Slackbot
 * but not the chat apps our patients use most.
 */
export const CHAT_APP_BOTS = ['TelegramBot', 'MicroMessenger', 'WeChat', 'Viber', 'Line/', 'KakaoTalk', 'Zalo', 'Pinterest', 'Iframely', 'Embedly', 'Mastodon', 'Snapchat']

export const LINK_PREVIEW_BOTS = new RegExp(`${HTML_LIMITED_BOT_UA_RE.source}|${CHAT_APP_BOTS.map((bot) => bot.replace('/', '\\/')).join('|')}`, 'i')

// Search engines, monitors and generic crawlers name themselves so; people's browsers never do.
const CRAWLERS = /bot\b|bot\/|crawl|spider|slurp|preview|facebookexternalhit|WhatsApp|Discord|Skype|vkShare|Google-|bingpreview|Yandex|Baidu/i

export const isKnownBot = (userAgent: string | null | undefined): boolean =>
  Boolean(userAgent && (LINK_PREVIEW_BOTS.test(userAgent) || CRAWLERS.test(userAgent)))
