using System.Security.Cryptography;
using System.Text;
using StaticMap.Core.Model;
using StaticMap.Core.Reading;
using StaticMap.Core.Rendering;
using StaticMap.Core.Rendering.Templates;
using Markdown = StaticMap.Core.Validation.MarkdownInspector;

namespace StaticMap.Core.Caching;

/// <summary>
/// The key of each published plan's outputs (its pages, downloads, images and copied files in every language): a SHA-256
/// over everything those outputs are made from, so that two builds with the same key write the same bytes.
/// <list type="bullet">
/// <item>StaticMap itself: the Core assembly's MVID (a new build of StaticMap never reuses an old output), and the
/// registry's kinds (a build that adds a page, file or component kind, or a template function);</item>
/// <item>the options that change a page: base URL, drafts, noindex, the admin editor, the reporting date and grace
/// months (the status page says which reports are overdue);</item>
/// <item>the theme: every file's path and bytes (templates, CSS, scripts, strings, card style);</item>
/// <item>the site-wide input that plan pages read: every file of input/ (site pages: titles and navigation; assets; the
/// data files the charts read, all of them);</item>
/// <item>what a plan's pages read of the rest of the site: its languages (the language switch, the navigation's language),
/// its site-wide pages, and where each address written in the plan's narratives leads (another plan's page, a file): so a
/// plan added elsewhere, or a new progress report of another plan, leaves this plan's key as it was unless it links there;</item>
/// <item>the plan's own files: plan.yml, components, progress reports, translations, data and assets, path and bytes.</item>
/// </list>
/// Validation runs on every build all the same, so nothing read from the cache skips a check.
/// </summary>
public static class PlanKeys
{
    private const string Version = "staticmap-plan-outputs-2";

    /// <summary>The key of every published plan, by plan id.</summary>
    /// <remarks>
    /// The plans' keys are independent of each other, so they are computed in parallel; the site map's pages are grouped
    /// by plan once (not searched again for each plan), and each file is hashed through one reused buffer rather than
    /// read whole into a new array.
    /// </remarks>
    /// <param name="hashes">The files' hashes kept from the last build (<see cref="FileHashes"/>): a file whose stamp did not change is not read.</param>
    public static IReadOnlyDictionary<string, string> Compute(RepositoryLayout layout, SiteInput site, SiteOptions options, LinkResolver links, Theme theme,
        FileHashes? hashes = null)
    {
        hashes ??= FileHashes.None();
        var files = new RepositoryFiles(layout.Root);
        var published = site.Plans.Where(p => p.IsReleased || options.IncludeDrafts).ToList();
        var common = Common(layout, site, options, links, theme, files, published, hashes);
        var wholeMap = new Lazy<byte[]>(() => WholeMap(links.Map));
        var layouts = layout.Plans.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var pagesByPlan = links.Map.Pages.Where(p => p.PlanId is not null)
            .GroupBy(p => p.PlanId!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var keys = new string?[published.Count];
        Parallel.For(0, published.Count, () => new byte[64 * 1024], (i, _, buffer) =>
        {
            var plan = published[i];
            if (!layouts.TryGetValue(plan.Id, out var planFiles)) return buffer;
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            hash.AppendData(common);
            Text(hash, $"plan {plan.Id} {plan.Folder} released={plan.IsReleased}");
            foreach (var path in planFiles.AllFiles) File(hash, files, hashes, layout.FullPath(path), path, buffer);
            // Its own pages as the site map declares them (its navigation, its language switch).
            foreach (var page in pagesByPlan.GetValueOrDefault(plan.Id) ?? []) Page(hash, page);
            // What it reads of the other plans: where each address written in its narratives leads, in each of its
            // languages; raw HTML's addresses are rewritten by the sanitiser, so a narrative with raw HTML takes the whole table.
            var bodies = Markdown.Bodies(plan).ToList();
            if (bodies.Any(b => b.Facts.HasRawHtml)) hash.AppendData(wholeMap.Value);
            string?[] languages = [null, .. plan.Translations.Select(t => t.Language)];
            foreach (var body in bodies)
            {
                var addresses = body.Facts.LinkAddresses.Concat(body.Facts.Autolinks.Select(a => a.Url));
                foreach (var address in addresses)
                    foreach (var language in languages)
                    {
                        var target = links.Resolve(body.Path, address, language);
                        Text(hash, $"link {body.Path} {language} {address} {target.Kind} {target.Url}");
                    }
            }
            keys[i] = Convert.ToHexStringLower(hash.GetHashAndReset());
            return buffer;
        }, _ => { });
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < published.Count; i++)
            if (keys[i] is { } key) result[published[i].Id] = key;
        return result;
    }

    private static byte[] Common(RepositoryLayout layout, SiteInput site, SiteOptions options, LinkResolver links, Theme theme,
        RepositoryFiles files, IReadOnlyList<Plan> published, FileHashes hashes)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Text(hash, Version);
        Text(hash, typeof(PlanKeys).Assembly.ManifestModule.ModuleVersionId.ToString());

        Text(hash, $"drafts={options.IncludeDrafts} base={options.BaseUrl} noindex={options.NoIndex} admin={options.Admin} backend={options.AdminLocalBackend}");
        Text(hash, $"today={options.Reporting.Today:yyyy-MM-dd} grace={options.Reporting.GraceMonths}");
        var kinds = options.Kinds;
        foreach (var kind in kinds.PageKinds) Text(hash, "page " + Identity(kind.GetType()));
        foreach (var kind in kinds.FileKinds) Text(hash, "file " + Identity(kind.GetType()));
        foreach (var descriptor in kinds.Components.Descriptors)
            Text(hash, "component " + descriptor.Kind.Slug + " " + string.Join(" ", descriptor.Parts.Select(p => Identity(p.GetType()))));
        foreach (var name in kinds.TemplateFunctions.Keys.Order(StringComparer.Ordinal))
            Text(hash, "function " + name + " " + Identity(kinds.TemplateFunctions[name].Method.DeclaringType));

        var themeFiles = theme.Files;
        foreach (var file in themeFiles.FilesRecursive(theme.Folder).Order(StringComparer.Ordinal))
            File(hash, themeFiles, hashes, file, Path.GetRelativePath(theme.Folder, file).Replace(Path.DirectorySeparatorChar, '/'));

        foreach (var path in layout.InputPages.Concat(layout.InputDataFiles).Concat(layout.InputAssets).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            File(hash, files, hashes, layout.FullPath(path), path);

        // What every plan page reads of the site: its languages (which have a home, the language switch) and its site-wide
        // pages (the navigation, the accessibility link).
        foreach (var language in Editions.Languages(published, site.Pages)) Text(hash, "language " + language);
        foreach (var page in links.Map.Pages.Where(p => p.PlanId is null)) Page(hash, page);
        return hash.GetHashAndReset();
    }

    /// <summary>Every page of the site: what a narrative with raw HTML may lead to.</summary>
    private static byte[] WholeMap(SiteMap map)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var page in map.Pages) Page(hash, page);
        return hash.GetHashAndReset();
    }

    private static void Page(IncrementalHash hash, SitePage page) =>
        Text(hash, $"page {page.Url} {page.Kind} {page.Edition} {page.PlanId} {page.Source} {page.Original} draft={page.IsDraft} sitemap={page.InSitemap} order={page.Order} modified={page.Modified:yyyy-MM-dd}");

    internal static string Identity(Type? type) => type is null ? "" : $"{type.FullName} {type.Assembly.ManifestModule.ModuleVersionId}";

    /// <summary>The text's length in UTF-8 bytes (four bytes, the machine's order, as <see cref="BitConverter.GetBytes(int)"/>), then
    /// its bytes: appended in one call (each call into the hash is a call into the system's library; a warm build's keys
    /// make tens of thousands), through the stack or a rented buffer instead of two new arrays.</summary>
    internal static void Text(IncrementalHash hash, string text)
    {
        var most = 4 + Encoding.UTF8.GetMaxByteCount(text.Length);
        byte[]? rented = null;
        var buffer = most <= 512 ? stackalloc byte[512] : (rented = System.Buffers.ArrayPool<byte>.Shared.Rent(most));
        var length = Encoding.UTF8.GetBytes(text, buffer[4..]);
        System.Runtime.InteropServices.MemoryMarshal.Write(buffer, in length);
        hash.AppendData(buffer[..(4 + length)]);
        if (rented is not null) System.Buffers.ArrayPool<byte>.Shared.Return(rented);
    }

    internal static void File(IncrementalHash hash, RepositoryFiles files, FileHashes hashes, string fullPath, string name, byte[]? buffer = null)
    {
        Text(hash, "file " + name);
        // The length, then the SHA-256 of the bytes: from the record when the file's stamp did not change, else read through
        // one buffer per thread (no array per file).
        if (hashes.Hash(files, fullPath, buffer ?? new byte[64 * 1024]) is not { } known)
        {
            Text(hash, "(unreadable)");
            return;
        }
        // The length's eight bytes (the machine's order, as BitConverter.GetBytes(long)) and the hash, in one call.
        Span<byte> stamp = stackalloc byte[8 + known.Hash.Length];
        System.Runtime.InteropServices.MemoryMarshal.Write(stamp, in known.Length);
        known.Hash.CopyTo(stamp[8..]);
        hash.AppendData(stamp);
    }
}
