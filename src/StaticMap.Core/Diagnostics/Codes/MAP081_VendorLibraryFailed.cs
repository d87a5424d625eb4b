using StaticMap.Core.Diagnostics;

namespace StaticMap.Core.Diagnostics.Codes;

public sealed class VendorLibraryFailed : Rule
{
    public static readonly VendorLibraryFailed Instance = new();
    public override string Code => "MAP081";
    public override string Title => "Client library could not be restored";
    public override string Stage => "write";
    public override string Help => "The build fetches Chart.js from the npm registry once and caches it. Check the network, or set STATICMAP_NPM_REGISTRY to a reachable registry mirror.";

    public Diagnostic Create(string manifest, string message) => At(SourceSpan.File(manifest),
        $"{message.TrimEnd('.')}; the charts need it (check the network or STATICMAP_NPM_REGISTRY, see docs/theme.md)");
}
