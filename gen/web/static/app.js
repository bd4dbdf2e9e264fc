// jixiao web pages: small progressive enhancements; every page works without them.
"use strict";

function onGeneratePage() {
  const form = document.getElementById("generate-form");
  if (!form) return;
  // Show the upload or the form, by the chosen data source.
  const schemaForm = document.getElementById("schema-form");
  const fileField = document.getElementById("file-field");
  const sync = () => {
    const source = form.querySelector("input[name=source]:checked");
    const useForm = source && source.value === "form";
    schemaForm.hidden = !useForm;
    fileField.hidden = useForm;
  };
  form.querySelectorAll("input[name=source]").forEach((r) => r.addEventListener("change", sync));
  sync();
  // Offer only the outlines of the chosen document kind.
  const kind = document.getElementById("kind");
  const profile = document.getElementById("profile");
  const filter = () => {
    profile.querySelectorAll("option[data-kind]").forEach((o) => {
      o.hidden = !!kind.value && o.dataset.kind !== kind.value;
      if (o.hidden && o.selected) profile.value = "";
    });
  };
  kind.addEventListener("change", filter);
  filter();
  // A paragraph's facts on click (or Enter).
  document.querySelectorAll(".para.has-facts").forEach((p) => {
    const toggle = () => {
      const box = document.getElementById("facts-" + p.dataset.p);
      box.hidden = !box.hidden;
      p.classList.toggle("open", !box.hidden);
    };
    p.addEventListener("click", toggle);
    p.addEventListener("keydown", (e) => { if (e.key === "Enter") toggle(); });
  });
  // Scroll to the first error so it is seen next to its field.
  const firstError = document.querySelector(".field-error, #general-errors");
  if (firstError) firstError.scrollIntoView({ block: "center" });
}

function onCheckPage() {
  const filters = document.getElementById("filters");
  if (!filters) return;
  const apply = () => {
    const fams = new Set([...filters.querySelectorAll("input[name=family]:checked")].map((i) => i.value));
    const sevs = new Set([...filters.querySelectorAll("input[name=severity]:checked")].map((i) => i.value));
    document.querySelectorAll(".finding").forEach((li) => {
      const shown = fams.has(li.dataset.family) && sevs.has(li.dataset.severity);
      li.classList.toggle("filtered", !shown);
      const id = li.dataset.target;
      document.querySelectorAll("#" + id + ", [data-ref=" + id + "]").forEach((m) => m.classList.toggle("filtered", !shown));
    });
  };
  filters.addEventListener("change", apply);
  document.querySelectorAll(".finding").forEach((li) => {
    li.addEventListener("click", () => {
      document.querySelectorAll(".finding.active, mark.active").forEach((e) => e.classList.remove("active"));
      li.classList.add("active");
      const mark = document.getElementById(li.dataset.target);
      if (mark) { mark.classList.add("active"); mark.scrollIntoView({ block: "center" }); }
    });
  });
}

function onBatchJob() {
  const job = document.getElementById("batch-job");
  if (!job || !["queued", "running"].includes(job.dataset.state)) return;
  const bar = document.getElementById("batch-progress");
  const state = document.getElementById("batch-state");
  const poll = async () => {
    try {
      const r = await fetch(job.dataset.statusUrl, { cache: "no-store" });
      const s = await r.json();
      if (s.state === "done" || s.state === "error") { window.location.reload(); return; }
      if (s.total) { bar.max = s.total; bar.value = s.done; state.textContent = "正在生成：" + s.done + " / " + s.total; }
    } catch (e) { /* the next poll tries again */ }
    setTimeout(poll, 700);
  };
  setTimeout(poll, 400);
}

function busyButtons() {
  document.querySelectorAll("form[method=post]").forEach((f) => f.addEventListener("submit", () => {
    const b = f.querySelector("button[type=submit]");
    if (b) { b.disabled = true; b.textContent = "正在处理…"; }
  }));
}

document.addEventListener("DOMContentLoaded", () => { onGeneratePage(); onCheckPage(); onBatchJob(); busyButtons(); });
