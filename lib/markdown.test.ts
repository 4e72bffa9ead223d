import { describe, expect, it } from "vitest";
import { markdownToPlainText, renderMarkdown } from "./markdown";

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

describe("markdownToPlainText", () => {
  it("drops Markdown marks and tags, keeps the words with a space between blocks", () => {
    expect(markdownToPlainText("**Chè Shan tuyết** hái từ cây cổ thụ.\n\n- Hương thơm\n- Vị *ngọt hậu*")).toBe("Chè Shan tuyết hái từ cây cổ thụ. Hương thơm Vị ngọt hậu");
    expect(markdownToPlainText("[Hà Giang](https://example.vn) & <script>alert(1)</script>Tuyên Quang")).toBe("Hà Giang & Tuyên Quang");
  });

  it("cuts at a word boundary within the limit and says so with an ellipsis", () => {
    const text = markdownToPlainText("Chè xanh được sao tay trên chảo gang theo cách truyền thống của người Dao", 30);
    expect(text.length).toBeLessThanOrEqual(30);
    expect(text).toBe("Chè xanh được sao tay trên…");
    expect(markdownToPlainText("Ngắn gọn", 30)).toBe("Ngắn gọn");
  });
});
