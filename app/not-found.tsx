// Reached only for paths outside any locale, so the language is unknown: say it in both.
export default function RootNotFound() {
  return (
    <html lang="en">
      <body className="grid min-h-dvh place-items-center bg-canvas p-6 text-ink">
        {/* Written out here: this page renders outside the layouts that set titles. */}
        <title>Page not found · 页面不存在</title>
        <main className="max-w-md space-y-6 text-center">
          <section className="space-y-2">
            <h1 className="text-2xl font-semibold">Page not found</h1>
            <p>
              {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a plain page load: the home page has its own root layout */}
              <a className="font-semibold text-brand-700 underline underline-offset-4" href="/en" hrefLang="en">
                Go to the LiftPlan home page
              </a>
            </p>
          </section>
          <section lang="zh-CN" className="space-y-2">
            <h2 className="text-2xl font-semibold">找不到这个页面</h2>
            <p>
              {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a plain page load: the home page has its own root layout */}
              <a className="font-semibold text-brand-700 underline underline-offset-4" href="/zh-CN" hrefLang="zh-CN">
                返回提额计划首页
              </a>
            </p>
          </section>
        </main>
      </body>
    </html>
  );
}
