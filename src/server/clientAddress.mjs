// Which address a request comes from: the one home of that rule (src/lib/clientIp.ts reads the
// result). Forwarding headers are claims; only a proxy we run may make them. From anyone else the
// socket's peer address is the client, whatever X-Forwarded-For says.
import { BlockList, isIP } from 'node:net'

/** `::ffff:203.0.113.7` (an IPv4 peer on a dual-stack socket) is 203.0.113.7. */
const plain = (address) => {
  const trimmed = String(address ?? '').trim().replace(/^\[(.*)\]$/, '$1')
  return /^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(trimmed) ? trimmed.slice(7) : trimmed
}

/**
 * TRUSTED_PROXIES: addresses or CIDR ranges, comma- or space-separated (`127.0.0.1, 10.0.0.0/8`).
 * Empty (the default) trusts no one. A malformed entry stops the server: a typo here would
 * otherwise quietly trust no proxy (every visitor sharing the proxy's limit) or the wrong one.
 */
export const parseTrustedProxies = (value = '') => {
  const list = new BlockList()
  for (const entry of value.split(/[\s,]+/).filter(Boolean)) {
    const [address, bits, extra] = entry.split('/')
    const family = isIP(plain(address))
    const prefix = bits === undefined ? (family === 6 ? 128 : 32) : Number(bits)
    if (!family || extra !== undefined || !Number.isInteger(prefix) || prefix < 0 || prefix > (family === 6 ? 128 : 32)) {
      throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range`)
    }
    list.addSubnet(plain(address), prefix, family === 6 ? 'ipv6' : 'ipv4')
  }
  return list
}

const isTrusted = (trusted, address) => {
  const family = isIP(address)
  return family !== 0 && trusted.check(address, family === 6 ? 'ipv6' : 'ipv4')
}

/** Whether the socket's peer is one of our proxies (and so may speak for the client). */
export const isTrustedPeer = (trusted, peer) => isTrusted(trusted, plain(peer))

/**
 * The client of one request. Each trusted proxy appends the address it received the request from,
 * so X-Forwarded-For is read from the right: the first entry not added by one of our proxies is
 * the client. Entries to its left were written by the client itself and mean nothing.
 */
export const clientAddress = ({ peer, forwardedFor, trusted }) => {
  let client = plain(peer)
  if (!isTrusted(trusted, client)) return client || 'unknown'
  const hops = String(forwardedFor ?? '').split(',').map(plain).filter(Boolean)
  while (hops.length > 0) {
    const hop = hops.pop()
    // A proxy of ours wrote something that is not an address: stop at the last one we trust.
    if (!isIP(hop)) break
    client = hop
    if (!isTrusted(trusted, hop)) break
  }
  return client
}
