using System.Security.Cryptography;
using System.Text;

namespace Bridge.Worker.StatusPage;

/// <summary>
/// The status page's only script, inline and allowed by its hash in the page's Content-Security-Policy (no nonce to
/// mint per request, no second URL to guard): every <see cref="StatusPageOptions.RefreshSeconds"/> it fetches the page
/// and puts the parts the bridge changed (<c>[data-part]</c>) in place, keeping the sections a person opened
/// (<c>details[id]</c>), the element they focused and where they scrolled. A meta refresh instead would send a
/// screen-reader user back to the top and close what they opened (WCAG 2.2.1).
/// </summary>
/// <remarks>
/// A part's element stays and only its attributes and children change, so the page's live regions are the same
/// nodes before and after and announce what changed in them; a part the bridge sent unchanged is not touched (a
/// replaced live region would be read out again every tick). A failed fetch (the bridge restarting, a signed-out
/// session answered by a redirect) is said in <c>#update-news</c> and the last content stays: the page never
/// navigates on its own. <c>window.bridgeStatusPage.tick()</c> is what the timer calls; it lets a test update the
/// page now rather than wait for the interval.
/// </remarks>
internal static class StatusPageScript
{
    public const string Source = """
        (() => {
          'use strict';
          const root = document.documentElement;
          const seconds = Math.max(1, Number(root.dataset.refreshSeconds) || 15);
          const button = document.getElementById('pause-updates');
          const news = document.getElementById('update-news');
          const received = new Map();
          const partsOf = doc => [...doc.querySelectorAll('[data-part][id]')];
          const remember = () => { received.clear(); for (const part of partsOf(document)) received.set(part.id, part.outerHTML); };
          let paused = false, timer = 0, running = null, updates = 0, failing = false;

          const say = text => { if (news.textContent !== text) news.textContent = text; };
          const asOf = () => (document.getElementById('updated')?.dataset.at ?? 'the last update');

          function focusKey() {
            const active = document.activeElement;
            if (!active || active === document.body) return null;
            if (active.id) return '#' + CSS.escape(active.id);
            const details = active.parentElement;
            return active.matches('summary') && details?.matches('details[id]') ? '#' + CSS.escape(details.id) + '>summary' : null;
          }

          function put(current, fresh) {
            for (const name of current.getAttributeNames()) if (!fresh.hasAttribute(name)) current.removeAttribute(name);
            for (const name of fresh.getAttributeNames()) current.setAttribute(name, fresh.getAttribute(name));
            current.replaceChildren(...[...fresh.childNodes].map(node => document.importNode(node, true)));
          }

          function trouble(reason) {
            failing = true;
            say(reason + ' The page shows the bridge as of ' + asOf() + '; it tries again every ' + seconds + ' s.');
          }

          async function update() {
            let response;
            try {
              response = await fetch(location.pathname + location.search, { headers: { Accept: 'text/html' }, cache: 'no-store', redirect: 'manual', credentials: 'same-origin' });
            } catch {
              return trouble('Could not reach the bridge (it may be restarting).');
            }
            if (response.type === 'opaqueredirect' || response.status === 401) return trouble('You are signed out: open the page again to sign in.');
            if (!response.ok) return trouble('The bridge answered ' + response.status + '.');
            const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
            const fresh = partsOf(doc);
            const known = fresh.length > 0 && fresh.every(part => document.getElementById(part.id)?.hasAttribute('data-part'));
            if (!known) return trouble('The bridge answered with another page.');

            const open = [...document.querySelectorAll('details[id]')].filter(d => d.open).map(d => d.id);
            const focus = focusKey();
            const x = window.scrollX, y = window.scrollY;
            for (const part of fresh) {
              const markup = part.outerHTML;
              if (received.get(part.id) !== markup) put(document.getElementById(part.id), part);
            }
            remember();
            for (const id of open) { const details = document.getElementById(id); if (details) details.open = true; }
            const target = focus && document.querySelector(focus);
            if (target && document.activeElement !== target) target.focus({ preventScroll: true });
            window.scrollTo(x, y);
            document.title = doc.title;
            updates++;
            if (failing) { failing = false; say('Updates are back: the page shows the bridge as of ' + asOf() + '.'); }
          }

          function schedule() {
            clearTimeout(timer);
            timer = paused ? 0 : setTimeout(tick, seconds * 1000);
          }

          async function tick() {
            if (paused) return;
            running ??= update().finally(() => { running = null; });
            await running;
            schedule();
          }

          button.addEventListener('click', () => {
            paused = !paused;
            button.setAttribute('aria-pressed', String(paused));
            if (paused) {
              clearTimeout(timer);
              say('Updates paused: the page stays as of ' + asOf() + ' until you press the button again.');
            } else {
              say('Updates resumed.');
              tick();
            }
          });
          button.hidden = false;
          remember();
          window.bridgeStatusPage = Object.freeze({ tick, get updates() { return updates; }, get paused() { return paused; } });
          schedule();
        })();
        """;

    /// <summary>The CSP source that allows exactly <see cref="Source"/> as the browser reads it (UTF-8, between the tags).</summary>
    public static string HashSource { get; } = "'sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Source))) + "'";
}
