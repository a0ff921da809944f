// At most `concurrency` big bodies are read at once. Next and Payload hold a body in memory while
// they parse it (a full inquiry form is about 50 MB, held more than once), so sixteen patients, or
// one script, uploading together must not mean sixteen of them in memory. The others wait, unread
// (the kernel's socket buffers hold what they have sent), and get a 503 if no slot frees in time.
export const createUploadGate = ({ concurrency, queueLength, waitMs }) => {
  let active = 0
  const waiting = []
  const release = () => {
    const next = waiting.shift()
    if (next) next.admit()
    else active -= 1
  }
  const slot = () => {
    let released = false
    return () => {
      if (!released) release()
      released = true
    }
  }
  return {
    get active() {
      return active
    },
    /**
     * Resolves to a release function, or null when the queue is full or the wait ran out.
     * @param {AbortSignal} [signal] the client went away while waiting
     * @returns {Promise<(() => void) | null>}
     */
    acquire: (signal) => {
      if (active < concurrency) {
        active += 1
        return Promise.resolve(slot())
      }
      if (waiting.length >= queueLength) return Promise.resolve(null)
      return new Promise((resolve) => {
        const leave = () => {
          clearTimeout(timer)
          const index = waiting.indexOf(entry)
          if (index >= 0) waiting.splice(index, 1)
          resolve(null)
        }
        const entry = {
          admit: () => {
            clearTimeout(timer)
            signal?.removeEventListener('abort', leave)
            resolve(slot())
          },
        }
        const timer = setTimeout(leave, waitMs)
        signal?.addEventListener('abort', leave, { once: true })
        waiting.push(entry)
      })
    },
  }
}
