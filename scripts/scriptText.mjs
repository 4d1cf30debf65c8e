// The words of the project's npm scripts (build, sideload) that a user may meet, in zh-CN and en. The language
// is chosen as the CLI chooses it: LC_ALL, else LC_MESSAGES, else LANG (an empty variable counts as unset);
// Chinese when it starts with "zh", English otherwise.

/** Message templates by key; `{name}` is filled in by {@link scriptText}. */
export const SCRIPT_TEXT = {
  baseUrlMissing: {
    en: "--base-url needs an address, e.g. --base-url https://your.host/sales/",
    "zh-CN": "--base-url 需要一个地址，例如 --base-url https://your.host/sales/",
  },
  baseUrlNotUrl: {
    en: '--base-url: "{url}" is not a URL; it must be an https:// address, e.g. https://your.host/sales/',
    "zh-CN": "--base-url：“{url}”不是网址；它必须是 https:// 地址，例如 https://your.host/sales/",
  },
  baseUrlNotHttps: {
    en: "--base-url must be an https:// address: Office loads add-ins only over https, localhost included (got {url})",
    "zh-CN": "--base-url 必须是 https:// 地址：Office 只通过 https 加载加载项，localhost 也一样（收到的是 {url}）",
  },
  baseUrlQuery: {
    en: "--base-url: no query or fragment, please (got {url})",
    "zh-CN": "--base-url 不能带查询参数或 # 片段（收到的是 {url}）",
  },
  sideloadPlatform: {
    en: "npm run sideload registers the add-in with Excel desktop, which runs on Windows and Mac only; this is {platform}. Use Excel on the web instead: Home › Add-ins › More add-ins › My add-ins › Upload My Add-in › dist/manifest.xml.",
    "zh-CN": "npm run sideload 把加载项注册到桌面版 Excel，而桌面版 Excel 只有 Windows 和 Mac 版；当前系统是 {platform}。请改用网页版 Excel：开始 › 加载项 › 更多加载项 › 我的加载项 › 上传我的加载项 › dist/manifest.xml。",
  },
  sideloadFailed: {
    en: "npm run sideload failed: office-addin-debugging could not sideload the add-in (see its message above).",
    "zh-CN": "npm run sideload 失败：office-addin-debugging 未能旁加载此加载项（原因见上方的输出）。",
  },
};

/**
 * The language of the user's environment: "zh-CN" or "en".
 * @example
 * scriptLocale({ LANG: "zh_CN.UTF-8" }) //=> "zh-CN"
 * scriptLocale({ LC_ALL: "", LANG: "en_GB.UTF-8" }) //=> "en"
 */
export function scriptLocale(env = process.env) {
  const value = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((entry) => entry !== undefined && entry !== "") ?? "";
  return value.toLowerCase().startsWith("zh") ? "zh-CN" : "en";
}

/**
 * A message in the user's language with its `{name}` placeholders filled in.
 * @param {keyof typeof SCRIPT_TEXT} key
 * @param {Record<string, string>} [values]
 * @param {"en" | "zh-CN"} [locale]
 */
export function scriptText(key, values = {}, locale = scriptLocale()) {
  return SCRIPT_TEXT[key][locale].replace(/\{(\w+)\}/g, (whole, name) => values[name] ?? whole);
}
