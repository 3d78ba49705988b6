// Formatting and parsing shared by every page: money in minor units, timestamps (the core stores
// UTC RFC 3339), local date+time inputs converted to UTC, and comma-separated lists.

/**
 * The person's locale for numbers and dates. Passed explicitly because WebKitGTK started without a
 * LANG falls back to a POSIX locale that drops digit grouping ("$116000").
 */
export const LOCALE: string = (() => {
  const lang = typeof navigator !== "undefined" ? navigator.language : "";
  return lang && !/^(c|posix)$/i.test(lang) && !/posix/i.test(lang) ? lang : "en-US";
})();

/** `1234500` minor units of `USD` → "$12,345". */
export function money(minor: number | null | undefined, currency: string): string {
  if (minor === null || minor === undefined) return "";
  try {
    return new Intl.NumberFormat(LOCALE, {
      style: "currency",
      currency,
      maximumFractionDigits: 0,
    }).format(minor / 100);
  } catch {
    return `${(minor / 100).toLocaleString(LOCALE)} ${currency}`;
  }
}

/** A salary range: "$90,000 – $120,000", "from $90,000", "up to $120,000" or "". */
export function moneyRange(min: number | null, max: number | null, currency: string): string {
  if (min !== null && max !== null) return `${money(min, currency)} – ${money(max, currency)}`;
  if (min !== null) return `from ${money(min, currency)}`;
  if (max !== null) return `up to ${money(max, currency)}`;
  return "";
}

/**
 * A number typed by a person, or undefined when blank. Text that is not a number is passed on as
 * typed (typed as a number for the request) so the core rejects it with an error naming the field,
 * instead of the UI silently dropping it.
 */
export function toNumber(text: string): number | undefined {
  const clean = text.replace(/[,\s]/g, "");
  if (clean === "") return undefined;
  const value = Number(clean);
  return Number.isFinite(value) ? value : (text as unknown as number);
}

/** Major units typed by a person ("85000", "85,000.50") → minor units (see {@link toNumber}). */
export function toMinor(major: string): number | undefined {
  const value = toNumber(major);
  return typeof value === "number" ? Math.round(value * 100) : value;
}

/** "2026-05-01T14:30:00.000Z" → "May 1, 2026". */
export function date(iso: string | null | undefined): string {
  if (!iso) return "";
  const d = iso.length === 10 ? new Date(`${iso}T00:00:00`) : new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleDateString(LOCALE, { year: "numeric", month: "short", day: "numeric" });
}

/** "May 1, 2026, 2:30 PM" in the viewer's zone. */
export function dateTime(iso: string | null | undefined): string {
  if (!iso) return "";
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString(LOCALE, {
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
  });
}

/** "2:30 PM" in the viewer's zone. */
export function time(iso: string): string {
  const d = new Date(iso);
  return d.toLocaleTimeString(LOCALE, { hour: "numeric", minute: "2-digit" });
}

/** "3 days ago", "in 2 hours", "just now". */
export function relative(iso: string | null | undefined, now: Date = new Date()): string {
  if (!iso) return "";
  const then = new Date(iso).getTime();
  if (Number.isNaN(then)) return iso;
  const seconds = Math.round((then - now.getTime()) / 1000);
  const abs = Math.abs(seconds);
  if (abs < 45) return "just now";
  const units: Array<[Intl.RelativeTimeFormatUnit, number]> = [
    ["year", 31536000],
    ["month", 2592000],
    ["week", 604800],
    ["day", 86400],
    ["hour", 3600],
    ["minute", 60],
  ];
  const rtf = new Intl.RelativeTimeFormat(LOCALE, { numeric: "auto" });
  for (const [unit, size] of units) {
    if (abs >= size) return rtf.format(Math.round(seconds / size), unit);
  }
  return rtf.format(Math.round(seconds / 60), "minute");
}

/**
 * A local date ("2026-05-01") and time ("14:30") typed into inputs → UTC RFC 3339. Text that is
 * not a date is passed through unchanged so the core can say what is wrong with it.
 */
export function localToUtcIso(day: string, clock: string): string {
  const d = new Date(`${day}T${clock || "00:00"}`);
  if (Number.isNaN(d.getTime())) return `${day}T${clock}`.trim();
  return d.toISOString();
}

/** The system's IANA time zone, e.g. "Europe/Berlin". */
export function systemTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
  } catch {
    return "UTC";
  }
}

/** "a, b,, c " → ["a", "b", "c"]. */
export function splitList(text: string): string[] {
  return text
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/** Initials for an avatar: "Ada Lovelace" → "AL". */
export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const first = parts[0]?.[0] ?? "";
  const last = parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? "") : "";
  return (first + last).toUpperCase() || "?";
}

/** Drops keys whose value is undefined or a blank string, so optional fields are omitted. */
export function compact<T extends Record<string, unknown>>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (v === undefined) continue;
    if (typeof v === "string" && v.trim() === "") continue;
    out[k] = v;
  }
  return out as T;
}

/** Minutes that `zone` is ahead of UTC at the instant `utcMs`. */
function zoneOffsetMinutes(zone: string, utcMs: number): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: zone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(new Date(utcMs));
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return Math.round((asUtc - utcMs) / 60000);
}

/**
 * A wall-clock date and time in the IANA `zone` → UTC RFC 3339. Falls back to the system zone
 * when `zone` is unknown; text that is not a date is passed on for the core to reject.
 */
export function zonedToUtcIso(day: string, clock: string, zone: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day.trim());
  const t = /^(\d{1,2}):(\d{2})$/.exec((clock || "00:00").trim());
  if (!m || !t) return localToUtcIso(day, clock);
  const wall = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +t[1]!, +t[2]!);
  try {
    let utc = wall - zoneOffsetMinutes(zone, wall) * 60000;
    utc = wall - zoneOffsetMinutes(zone, utc) * 60000;
    return new Date(utc).toISOString();
  } catch {
    return localToUtcIso(day, clock);
  }
}

/** "Today", "Tomorrow", "Yesterday" or "Mon, May 4" for grouping by day. */
export function dayLabel(iso: string, now: Date = new Date()): string {
  const d = new Date(iso);
  const start = (x: Date) => new Date(x.getFullYear(), x.getMonth(), x.getDate()).getTime();
  const days = Math.round((start(d) - start(now)) / 86400000);
  if (days === 0) return "Today";
  if (days === 1) return "Tomorrow";
  if (days === -1) return "Yesterday";
  return d.toLocaleDateString(LOCALE, {
    weekday: "short",
    month: "short",
    day: "numeric",
    ...(d.getFullYear() !== now.getFullYear() ? { year: "numeric" } : {}),
  });
}

/** Start of the local day, as UTC RFC 3339. */
export function startOfTodayIso(now: Date = new Date()): string {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate()).toISOString();
}

/** A compact age for dense cards: "now", "5m", "3h", "2d", "3w", "11mo", "2y". */
export function age(iso: string | null | undefined, now: Date = new Date()): string {
  if (!iso) return "";
  const seconds = Math.max(0, (now.getTime() - new Date(iso).getTime()) / 1000);
  if (Number.isNaN(seconds)) return "";
  if (seconds < 60) return "now";
  const steps: Array<[string, number]> = [
    ["y", 31536000],
    ["mo", 2592000],
    ["w", 604800],
    ["d", 86400],
    ["h", 3600],
    ["m", 60],
  ];
  for (const [unit, size] of steps) if (seconds >= size) return `${Math.floor(seconds / size)}${unit}`;
  return "now";
}
