/**
 * The script a shop puts on its pages (served at `/shop.js`). On every page it keeps the UTM
 * parameters of the visit (and a `chorus` short-link code, should a link carry one) with the
 * time, in the shop's own first-party localStorage, at most the last five. On the thank-you page
 * `chorus('order', { id, amount, currency, customer })` hashes the customer id in the browser
 * (SHA-256 via SubtleCrypto, after trimming and lower-casing, so the same e-mail gives the same
 * hash every time) and sends the order with the kept touches to `/api/shop/<tag>/orders`.
 *
 * Plain ES2017 on purpose: it runs unbundled in every shop's pages. Loaded with
 * `<script async src="…/shop.js" data-shop="shop_…"></script>`; calls made before it has loaded
 * wait in `chorus.q` (the snippet is in docs/orders.md and, with the tag filled in, in
 * Analytics → Money: `src/web/analytics/money/OrdersSection.tsx`).
 */
export const SHOP_SCRIPT = String.raw`(function () {
  'use strict';
  var STORAGE_KEY = 'chorus_touches';
  var MAX_TOUCHES = 5;
  var UTM_FIELDS = ['source', 'medium', 'campaign', 'content', 'term'];
  var script = document.currentScript;
  var shopTag = script ? script.getAttribute('data-shop') : null;
  var origin = script && script.src ? new URL(script.src).origin : null;
  var earlier = window.chorus && window.chorus.q ? window.chorus.q : [];

  function readTouches() {
    try {
      var list = JSON.parse(window.localStorage.getItem(STORAGE_KEY) || '[]');
      return Array.isArray(list) ? list : [];
    } catch (error) {
      return [];
    }
  }

  function writeTouches(list) {
    try {
      window.localStorage.setItem(STORAGE_KEY, JSON.stringify(list.slice(-MAX_TOUCHES)));
    } catch (error) {
      // Storage refused (private mode, full): the order is then sent without a touch.
    }
  }

  function recordVisit() {
    var params = new URLSearchParams(window.location.search);
    var utm = {};
    var found = false;
    UTM_FIELDS.forEach(function (field) {
      var value = params.get('utm_' + field);
      if (value) {
        utm[field] = value.slice(0, 200);
        found = true;
      }
    });
    var code = params.get('chorus');
    if (!found && !code) return;
    var at = new Date().toISOString();
    var touch = code ? { kind: 'link', value: code.slice(0, 100), utm: found ? utm : undefined, at: at } : { kind: 'utm', utm: utm, at: at };
    var list = readTouches();
    list.push(touch);
    writeTouches(list);
  }

  function sha256Hex(text) {
    return window.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)).then(function (buffer) {
      return Array.prototype.map.call(new Uint8Array(buffer), function (byte) {
        return ('0' + byte.toString(16)).slice(-2);
      }).join('');
    });
  }

  function sendOrder(order) {
    if (!shopTag || !origin) return Promise.reject(new Error('chorus: the script tag needs data-shop="<shop tag>"'));
    if (!order || order.id === undefined || order.amount === undefined || !order.currency) return Promise.reject(new Error('chorus: an order needs id, amount and currency'));
    var customer = order.customer === undefined || order.customer === null || order.customer === '' ? Promise.resolve(null) : sha256Hex(String(order.customer).trim().toLowerCase());
    return customer.then(function (hash) {
      var body = {
        orderId: String(order.id),
        amount: Number(order.amount),
        currency: String(order.currency).toUpperCase(),
        // The browser's clock, like the touches' times: the server corrects both by the difference.
        orderedAt: new Date().toISOString(),
        touches: readTouches()
      };
      if (hash) body.customer = hash;
      return window.fetch(origin + '/api/shop/' + encodeURIComponent(shopTag) + '/orders', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
        keepalive: true,
        credentials: 'omit'
      });
    }).then(function (response) {
      if (!response.ok) throw new Error('chorus: the order was refused (' + response.status + ')');
      return response.json();
    });
  }

  function chorus(command, data) {
    if (command === 'order') return sendOrder(data);
    return Promise.reject(new Error('chorus: unknown command ' + command));
  }

  window.chorus = chorus;
  recordVisit();
  for (var index = 0; index < earlier.length; index += 1) {
    var call = earlier[index];
    chorus(call[0], call[1]).catch(function (error) { if (window.console) window.console.warn(error.message); });
  }
})();
`;

