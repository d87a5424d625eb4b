using StaticMap.Core.Diagnostics;

namespace StaticMap.Core.Diagnostics.Codes;

public sealed class CacheNotWritable : Rule
{
    public static readonly CacheNotWritable Instance = new();
    public override string Code => "MAP084";
    public override string Title => "Download cache cannot be written";
    public override Severity Severity => Severity.Warning;
    public override string Stage => "write";
    public override string Help => "Chart.js is cached after its first download ($STATICMAP_CACHE, else $XDG_CACHE_HOME/staticmap, else ~/.cache/staticmap). The cache could not be written (a full disk, a read-only folder), so the download was used once and will be fetched again next time. Free space or set STATICMAP_CACHE to a writable folder.";

    public Diagnostic Create(string manifest, string cacheFolder, string reason) => At(SourceSpan.File(manifest),
        $"the download cache {cacheFolder} cannot be written: {reason.TrimEnd('.')}; the library was downloaded and used without caching it");
}
