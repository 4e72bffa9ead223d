import { describe, expect, it } from "vitest";
import { renderMarkdown } from "./markdown";

describe("renderMarkdown", () => {
  it("renders paragraphs, emphasis, lists and links", () => {
    const html = renderMarkdown("Chè **Shan tuyết** cổ thụ\n\n- búp non\n- sao tay\n\n[Xem](https://example.vn)");
    expect(html).toContain("<strong>Shan tuyết</strong>");
    expect(html).toContain("<li>búp non</li>");
    expect(html).toContain('<a href="https://example.vn" rel="nofollow noopener noreferrer">Xem</a>');
  });

  it("drops script tags and their content", () => {
    const html = renderMarkdown("Trà ngon <script>alert('x')</script> thật");
    expect(html).not.toMatch(/script|alert/);
    expect(html).toContain("Trà ngon");
  });

  it("drops event handlers, javascript: links, iframes and styles", () => {
    const html = renderMarkdown(
      '<img src=x onerror="alert(1)"> [bấm](javascript:alert(1)) <iframe src="https://evil.example"></iframe> <a href="#" onclick="steal()">a</a> <style>body{}</style>',
    );
    expect(html).not.toMatch(/onerror|onclick|javascript:|iframe|<img|<style|alert/);
  });

  it("turns a level-one heading into a level-two one", () => {
    expect(renderMarkdown("# Câu chuyện")).toBe("<h2>Câu chuyện</h2>");
  });
});
