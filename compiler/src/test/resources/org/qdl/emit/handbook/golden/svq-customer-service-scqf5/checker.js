/* The handbook's unit-choice checker: reads the form, asks the engine (qdl-engine.js, the runtime's Java compiled
   by TeaVM) and shows its answer. The choice lives in the page's address (#unit=status&result:unit=label&...). */
(function () {
  "use strict";
  var form = document.getElementById("checker");
  var verdict = document.getElementById("verdict");
  var loading = document.getElementById("checker-loading");
  if (!form || !verdict) { return; }
  loading.hidden = false;
  var check;
  try {
    qdlEngineStart([]);
    check = qdlEngine(document.getElementById("qdl-ir").textContent);
  } catch (e) {
    loading.textContent = "The checker could not start: " + e;
    return;
  }
  loading.hidden = true;
  form.hidden = false;

  var units = Array.prototype.slice.call(form.querySelectorAll("select[data-unit]"));
  var results = Array.prototype.slice.call(form.querySelectorAll("select[data-result-of]"));
  var criteria = Array.prototype.slice.call(form.querySelectorAll("select[data-criterion-of]"));
  // with rules on time and attempts: the registration and evaluation dates, and per unit a date and its resits
  var registered = document.getElementById("checker-registered");
  var on = document.getElementById("checker-on");
  var dates = Array.prototype.slice.call(form.querySelectorAll("input[data-date-of]"));
  var resits = Array.prototype.slice.call(form.querySelectorAll("select[data-resit-of]"));
  var resitDates = Array.prototype.slice.call(form.querySelectorAll("input[data-resit-date-of]"));

  /** A date control's day (yyyy-mm-dd), or "" when empty or not a date: marked, and left out of the choice. */
  function day(input) {
    if (!input) { return ""; }
    var v = input.value.trim();
    var ok = v === "" || /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(v);
    if (ok) { input.removeAttribute("aria-invalid"); } else { input.setAttribute("aria-invalid", "true"); }
    return ok ? v : "";
  }

  function choice() {
    var byUnit = {};
    var list = [];
    units.forEach(function (s) {
      if (s.value) {
        var u = { unit: s.getAttribute("data-unit"), status: s.value };
        byUnit[u.unit] = u;
        list.push(u);
      }
    });
    results.forEach(function (s) {
      var u = byUnit[s.getAttribute("data-result-of")];
      if (u && s.value) { u.result = s.value; }
    });
    criteria.forEach(function (s) {
      var u = byUnit[s.getAttribute("data-criterion-of")];
      if (u && s.value) { (u.criteria = u.criteria || {})[s.getAttribute("data-criterion")] = s.value; }
    });
    dates.forEach(function (s) {
      var u = byUnit[s.getAttribute("data-date-of")];
      if (u && day(s)) { u.date = day(s); }
    });
    // the resits given, in the order of their controls (resit 1, 2, …); one left empty is skipped
    resits.forEach(function (s) {
      var u = byUnit[s.getAttribute("data-resit-of")];
      if (!u || !s.value) { return; }
      var again = { result: s.value };
      var date = resitDate(u.unit, s.getAttribute("data-resit"));
      if (date) { again.date = date; }
      (u.resits = u.resits || []).push(again);
    });
    return list;
  }

  /** The date given beside a unit's resit control k, or "". */
  function resitDate(unit, k) {
    var found = "";
    resitDates.forEach(function (s) {
      if (s.getAttribute("data-resit-date-of") === unit && s.getAttribute("data-resit") === k) { found = day(s); }
    });
    return found;
  }

  /** The address's key for a unit's resit k: `resit:U1` for the first (as pages before several resits wrote it). */
  function resitKey(k, unit) { return (k === "1" ? "resit:" : "resit" + k + ":") + unit; }
  function resitDateKey(k, unit) { return (k === "1" ? "resit-date:" : "resit" + k + "-date:") + unit; }

  /**
   * The choice as the engine reads it: a unit with resits is one attempt a sitting, the first sitting numbered 1 and
   * each resit given numbered after it.
   */
  function asCandidate(list) {
    var entries = [];
    list.forEach(function (u) {
      var first = { unit: u.unit, status: u.status };
      if (u.result) { first.result = u.result; }
      if (u.criteria) { first.criteria = u.criteria; }
      if (u.date) { first.date = u.date; }
      entries.push(first);
      if (u.resits) {
        first.attempt = "1";
        u.resits.forEach(function (r, i) {
          var again = { unit: u.unit, status: u.status, result: r.result, attempt: String(i + 2) };
          if (r.date) { again.date = r.date; }
          entries.push(again);
        });
      }
    });
    var c = { units: entries };
    if (day(registered)) { c.registered = day(registered); }
    if (day(on)) { c.on = day(on); }
    return c;
  }

  function toAddress(list) {
    var p = new URLSearchParams();
    function byChosen(unit) { return list.some(function (u) { return u.unit === unit; }); }
    list.forEach(function (u) {
      p.append(u.unit, u.status);
      if (u.result) { p.append("result:" + u.unit, u.result); }
      Object.keys(u.criteria || {}).forEach(function (c) { p.append("criterion:" + u.unit + ":" + c, u.criteria[c]); });
      if (u.date) { p.append("date:" + u.unit, u.date); }
    });
    // each resit control as set, under its own key, so that the page comes back exactly as it was left
    resits.forEach(function (s) {
      var unit = s.getAttribute("data-resit-of");
      var k = s.getAttribute("data-resit");
      if (!s.value || !byChosen(unit)) { return; }
      p.append(resitKey(k, unit), s.value);
      var date = resitDate(unit, k);
      if (date) { p.append(resitDateKey(k, unit), date); }
    });
    if (day(registered)) { p.append("registered", day(registered)); }
    if (day(on)) { p.append("on", day(on)); }
    return p.toString();
  }

  function fromAddress() {
    var p = new URLSearchParams(location.hash.replace(/^#/, ""));
    function set(s, value) {
      if (value !== null && Array.prototype.some.call(s.options, function (o) { return o.value === value; })) {
        s.value = value;
      } else {
        s.value = "";
      }
    }
    units.forEach(function (s) { set(s, p.get(s.getAttribute("data-unit"))); });
    results.forEach(function (s) { set(s, p.get("result:" + s.getAttribute("data-result-of"))); });
    criteria.forEach(function (s) {
      set(s, p.get("criterion:" + s.getAttribute("data-criterion-of") + ":" + s.getAttribute("data-criterion")));
    });
    function put(input, value) { if (input) { input.value = value || ""; } }
    dates.forEach(function (s) { put(s, p.get("date:" + s.getAttribute("data-date-of"))); });
    resits.forEach(function (s) { set(s, p.get(resitKey(s.getAttribute("data-resit"), s.getAttribute("data-resit-of")))); });
    resitDates.forEach(function (s) {
      put(s, p.get(resitDateKey(s.getAttribute("data-resit"), s.getAttribute("data-resit-date-of"))));
    });
    put(registered, p.get("registered"));
    put(on, p.get("on"));
  }

  function el(tag, text, attrs) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = text; }
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    return e;
  }

  function answer(heading, r, kind) {
    var box = el("section", null, { "class": "answer", "data-answer": kind });
    box.appendChild(el("h3", heading));
    if (r.error) {
      box.appendChild(el("p", r.error, { "class": "answer-error" }));
      return box;
    }
    box.setAttribute("data-achieved", String(r.achieved));
    box.setAttribute("data-grade", r.grade || "");
    box.setAttribute("data-units-needed", String(r.unitsNeeded));
    box.appendChild(el("p", r.achieved ? "Achieved" + (r.grade ? ", grade " + r.grade : "") : "Not yet achieved",
      { "class": r.achieved ? "verdict-yes" : "verdict-no" }));
    var facts = el("dl", null, { "class": "answer-facts" });
    function fact(name, value) { facts.appendChild(el("dt", name)); facts.appendChild(el("dd", value)); }
    if (r.grade) { fact("Grade", r.grade); }
    fact("Units needed", String(r.unitsNeeded));
    if (r.credits > 0) { fact("Credits counted", String(r.credits)); }
    if (r.tariff !== undefined) { fact("Tariff points", String(r.tariff)); }
    if (r.profileWords) { fact(r.achieved ? "Grade profile" : "Grade profile so far", r.profileWords); }
    if (r.gradedWords) { fact("Credits graded", r.gradedWords); }
    if (r.endorsements.length) { fact("Endorsements", r.endorsements.join(", ")); }
    if (r.smaller) {
      // a qualification of a suite not achieved: the largest smaller one achieved instead, with its own grade
      box.setAttribute("data-smaller", r.smaller.id);
      box.setAttribute("data-smaller-grade", r.smaller.grade || "");
      fact("Achieves instead", r.smaller.title + (r.smaller.grade ? ", grade " + r.smaller.grade : ""));
    }
    box.appendChild(facts);
    if (r.shortfalls.length) {
      box.appendChild(el("p", "Still needed:"));
      var ul = el("ul", null, { "class": "shortfalls" });
      r.shortfalls.forEach(function (s) {
        // the facts as data too (as `qdl eval --format json` gives them), for scripts and the browser test
        ul.appendChild(el("li", s.message, { "data-requirement": s.requirement, "data-units": String(s.units),
          "data-credits": String(s.credits), "data-options": JSON.stringify(s.options) }));
      });
      box.appendChild(ul);
    }
    if (r.advice && r.advice.length) {
      box.appendChild(el("p", "Ways to complete it:"));
      var al = el("ul", null, { "class": "advice" });
      r.advice.forEach(function (line) { al.appendChild(el("li", line)); });
      box.appendChild(al);
    }
    if (r.notCounted && r.notCounted.length) {
      var nl = el("ul", null, { "class": "not-counted" });
      r.notCounted.forEach(function (n) { nl.appendChild(el("li", n.message, { "data-reason": n.reason })); });
      box.appendChild(el("p", "Units that did not count:"));
      box.appendChild(nl);
    }
    if (r.timing) {
      // as the table of `qdl eval` shows them: the registration, then each attempt that did not stand as given
      box.setAttribute("data-closed", r.timing.closed || "");
      var tl = el("ul", null, { "class": "timing" });
      if (r.timing.registrationWords) {
        tl.appendChild(el("li", r.timing.registrationWords, { "data-closed": r.timing.closed || "" }));
      }
      r.timing.attempts.forEach(function (a) {
        if (a.reason !== "stands") {
          tl.appendChild(el("li", a.words, { "data-unit": a.unit, "data-attempt": String(a.attempt),
            "data-reason": a.reason, "data-used": String(a.used) }));
        }
      });
      // each unit closed to the learner (its resits used up, its resit window passed): never offered above
      (r.timing.closedUnits || []).forEach(function (c) {
        tl.appendChild(el("li", c.words, { "data-unit": c.unit, "data-closed-unit": c.reason }));
      });
      if (tl.childNodes.length) {
        box.appendChild(el("p", "Dates and attempts:"));
        box.appendChild(tl);
      }
    }
    if (r.counted.length) {
      var counted = el("details");
      counted.appendChild(el("summary", "How the " + r.counted.length + " counted units were used"));
      var cl = el("ul");
      r.counted.forEach(function (c) { cl.appendChild(el("li", c.unit + " counts for: " + c.rule)); });
      counted.appendChild(cl);
      box.appendChild(counted);
    }
    if (r.problems.length) {
      var pl = el("ul", null, { "class": "problems" });
      r.problems.forEach(function (p) { pl.appendChild(el("li", p.message, { "data-code": p.code })); });
      box.appendChild(el("p", "Not understood:"));
      box.appendChild(pl);
    }
    return box;
  }

  function update(fromUser) {
    var list = choice();
    if (fromUser) { history.replaceState(null, "", "#" + toAddress(list)); }
    var text = JSON.stringify(asCandidate(list));
    var now = JSON.parse(check(text, false));
    var planned = list.some(function (u) { return u.status === "planned"; });
    verdict.textContent = "";
    verdict.appendChild(answer(planned ? "With the achieved units" : "With the units chosen", now, "achieved"));
    if (planned) {
      verdict.appendChild(answer("If the planned units are achieved too", JSON.parse(check(text, true)), "planned"));
    }
  }

  form.addEventListener("change", function () { update(true); });
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  document.getElementById("checker-clear").addEventListener("click", function () {
    history.replaceState(null, "", "#");
    fromAddress();
    update(false);
  });
  window.addEventListener("hashchange", function () { fromAddress(); update(false); });
  fromAddress();
  update(false);
}());
