"use client";

import { useState } from "react";
import { buttonClasses } from "@/components/ui/button-styles";

/** Copies the run's absolute URL: the link is the share mechanism (run ids are unguessable). */
export function CopyLinkButton({ path }: { path: string }) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");

  async function copy() {
    const url = new URL(path, window.location.origin).toString();
    try {
      await navigator.clipboard.writeText(url);
      setState("copied");
    } catch {
      // Clipboard access needs a secure context; fall back to showing the link for a manual copy.
      window.prompt("Copy this link:", url);
      setState("failed");
    }
    setTimeout(() => setState("idle"), 2000);
  }

  return (
    <>
      <button type="button" onClick={copy} className={buttonClasses("secondary")} data-testid="copy-link">
        {state === "copied" ? "Link copied" : "Copy link"}
      </button>
      <span aria-live="polite" className="sr-only">
        {state === "copied" ? "Link copied to the clipboard" : ""}
      </span>
    </>
  );
}
