/**
 * The hidden inputs of the first form on a page, as Next renders a server-action form for a
 * browser without JavaScript (the action's ID and bound state): posting them with the fields, as
 * multipart, to the page's URL reaches the action exactly as such a browser does.
 */
export const hiddenFormFields = (html: string): [string, string][] => {
  const form = html.slice(html.indexOf('<form'), html.indexOf('</form>'))
  return [...form.matchAll(/<input[^>]*type="hidden"[^>]*>/g)]
    .map((match) => [attribute(match[0], 'name'), attribute(match[0], 'value')] as [string, string])
    .filter(([name]) => name)
}

const attribute = (tag: string, name: string) => decode(new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? '')
const decode = (text: string) =>
  text.replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')
