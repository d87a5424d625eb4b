using StaticMap.Core.Diagnostics;

namespace StaticMap.Core.Validation.Rules;

/// <summary>
/// <c>staticmap check --release</c> only: the site's address is not known, so share cards (which need absolute URLs), the
/// sitemap and canonical links would be left out. Known from <c>--base-url</c> given to the check, or from the build command
/// of netlify.toml.
/// </summary>
public sealed class ReleaseWithoutBaseUrl() : DiagnosticCode("MAP093", "release", "Release checklist: the site's address is not given", Severity.Warning,
    help: "Reported by 'staticmap check --release'. Share cards, the sitemap and canonical links need the site's address: build with '--base-url https://…' (netlify.toml's build command passes \"$URL\"), and give the same option to 'check --release'.")
{
    public static readonly ReleaseWithoutBaseUrl Instance = new();

    /// <param name="where">netlify.toml's build command when there is one, else the place the site is checked from.</param>
    public Diagnostic Create(SourceSpan where, bool netlify) => At(where, netlify
        ? "the build command in netlify.toml has no '--base-url'; add --base-url \"$URL\" so that share cards, the sitemap and canonical links are made"
        : "the site's address is not given; build with --base-url https://… (and pass it to 'check --release') so that share cards, the sitemap and canonical links are made");
}
