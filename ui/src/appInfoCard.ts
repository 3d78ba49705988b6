// The "about this installation" card: version, database file and schema version.
import { appInfo, errorMessage, type AppInfo } from "./api";

function row(list: HTMLElement, label: string, value: string, field: keyof AppInfo): void {
  const dt = document.createElement("dt");
  dt.textContent = label;
  const dd = document.createElement("dd");
  dd.textContent = value;
  dd.dataset.field = field;
  list.append(dt, dd);
}

/** Renders `info` into `card`, replacing what was there. */
export function renderAppInfo(card: HTMLElement, info: AppInfo): void {
  const title = document.createElement("h2");
  title.textContent = "This installation";
  const list = document.createElement("dl");
  row(list, "Version", info.version, "version");
  row(list, "Database", info.db_path ?? "in memory (not saved)", "db_path");
  row(list, "Schema version", String(info.schema_version), "schema_version");
  card.replaceChildren(title, list);
  card.classList.remove("is-loading", "is-error");
}

function renderError(card: HTMLElement, err: unknown): void {
  const title = document.createElement("h2");
  title.textContent = "Could not read the database";
  const msg = document.createElement("p");
  msg.className = "error";
  msg.textContent = errorMessage(err);
  card.replaceChildren(title, msg);
  card.classList.remove("is-loading");
  card.classList.add("is-error");
}

/** Creates the card, asks the app for its info and fills the card in. */
export async function mountAppInfoCard(parent: HTMLElement): Promise<HTMLElement> {
  const card = document.createElement("section");
  card.className = "card is-loading";
  card.setAttribute("aria-live", "polite");
  card.textContent = "Loading…";
  parent.append(card);
  try {
    renderAppInfo(card, await appInfo());
  } catch (err) {
    renderError(card, err);
  }
  return card;
}
