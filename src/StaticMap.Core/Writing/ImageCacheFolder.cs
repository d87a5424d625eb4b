using StaticMap.Core.Rendering.Cards;

namespace StaticMap.Core.Writing;

/// <summary>
/// Share cards and chart images drawn by earlier builds, by content key (<see cref="ShareCard.Key"/>: the words, colours,
/// fonts and layout), in StaticMap's cache folder (<c>$STATICMAP_CACHE/images</c>), so a build redraws only the images
/// whose inputs changed. A cache that cannot be read or written is passed over: the image is drawn.
/// </summary>
public sealed class ImageCacheFolder(string folder) : IImageCache
{
    public string Folder { get; } = folder;

    /// <summary>The images folder of the download cache (<see cref="VendorLibraries.FromEnvironment"/>).</summary>
    public static ImageCacheFolder FromEnvironment() => new(Path.Combine(VendorLibraries.FromEnvironment().CacheFolder, "images"));

    public byte[]? Get(string name)
    {
        if (!IsName(name)) return null;
        try
        {
            var path = Path.Combine(Folder, name);
            return File.Exists(path) ? File.ReadAllBytes(path) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public void Put(string name, byte[] content)
    {
        if (!IsName(name)) return;
        try
        {
            // Written beside and renamed, so a reader never takes a half-written image. The folder is made when a write
            // finds it missing (the first image of a cold cache, or a cache deleted while serve runs), not asked of the
            // file system before every image (docs/performance.md, "fifth session, templates2").
            var temporary = Path.Combine(Folder, $".{name}.{Environment.ProcessId}.{Environment.CurrentManagedThreadId}.tmp");
            try
            {
                File.WriteAllBytes(temporary, content);
            }
            catch (DirectoryNotFoundException)
            {
                Directory.CreateDirectory(Folder);
                File.WriteAllBytes(temporary, content);
            }
            File.Move(temporary, Path.Combine(Folder, name), overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A cache is an optimisation: the image was drawn and is written to the site all the same.
        }
    }

    /// <summary>A key as <see cref="CardPainter"/> makes it: hexadecimal, a dot, an extension; never a path.</summary>
    private static bool IsName(string name) => name.Length is > 4 and < 80 && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '.');
}
