import "./style.css";
import { mountAppInfoCard } from "./appInfoCard";

function mount(root: HTMLElement): void {
  const header = document.createElement("header");
  header.className = "app-header";
  const title = document.createElement("h1");
  title.textContent = "Talentdesk";
  const tagline = document.createElement("p");
  tagline.textContent = "Your job search and hiring desk, offline first.";
  header.append(title, tagline);

  const main = document.createElement("main");
  root.replaceChildren(header, main);
  void mountAppInfoCard(main);
}

const root = document.getElementById("app");
if (root) mount(root);
