"use client";
// Screen readers hear the new result once the person pauses, not on every step of a slider.
import { useEffect, useRef, useState } from "react";

export function useAnnouncement(text: string, delayMs = 600): string {
  const [announced, setAnnounced] = useState("");
  const first = useRef(text);
  useEffect(() => {
    // Opening the simulator shows the saved result: nothing new to say yet.
    if (text === first.current && announced === "") return;
    const timer = setTimeout(() => setAnnounced(text), delayMs);
    return () => clearTimeout(timer);
  }, [text, delayMs, announced]);
  return announced;
}
