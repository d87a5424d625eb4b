using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace StaticMap.Core.Caching;

/// <summary>
/// The SHA-256 of the files the build-cache keys hash (<see cref="PlanKeys"/>), kept in <c>.staticmap/cache/file-hashes.txt</c>
/// under each file's stamp, as Git's index does: (size, modification time, change time, inode, device), from one
/// <c>statx</c>. A file whose stamp is the recorded one is not read again. A file changed within the clock's granularity of
/// the moment it was hashed ("racily clean" in Git's words) could keep its stamp, so a file is only recorded when its
/// modification and change times are more than two seconds older than the clock when it was hashed; the change time
/// cannot be set by a program (`touch -d` and `git checkout` give a new one), so a file written again since always has a
/// new stamp. Only regular files with one link are recorded (what <see cref="Reading.RepositoryFiles"/> refuses, links and
/// hard links, is read as before). Off Linux, or with a record that does not parse, every file is hashed.
/// </summary>
public sealed class FileHashes
{
    private const string Header = "staticmap-file-hashes 1";
    private readonly long _racyNanoseconds;
    private readonly string? _path;
    private readonly Dictionary<string, Entry> _known;
    private readonly ConcurrentDictionary<string, Entry> _now = new(StringComparer.Ordinal);
    private int _read;

    private FileHashes(string? path, Dictionary<string, Entry> known, TimeSpan racy) =>
        (_path, _known, _racyNanoseconds) = (path, known, racy.Ticks * 100);

    /// <summary>No record: every file is read and hashed, and nothing is kept.</summary>
    public static FileHashes None() => new(null, new Dictionary<string, Entry>(StringComparer.Ordinal), TimeSpan.Zero);

    /// <summary>The record in the cache folder; an empty one when there is none, it does not parse or is another version's.</summary>
    public static FileHashes In(string cacheFolder) => In(cacheFolder, TimeSpan.FromSeconds(2));

    /// <param name="racy">How much older than the clock a file's times must be for its stamp to be recorded (tests: zero).</param>
    internal static FileHashes In(string cacheFolder, TimeSpan racy)
    {
        var path = Path.Combine(cacheFolder, FileName);
        return new FileHashes(path, Read(path) ?? new Dictionary<string, Entry>(StringComparer.Ordinal), racy);
    }

    /// <summary>The record's name in the cache folder.</summary>
    public const string FileName = "file-hashes.txt";

    /// <summary>How many files this build read to hash them (the others were taken from the record): for tests.</summary>
    public int FilesRead => _read;

    /// <summary>The file's length and SHA-256 when its stamp is the recorded one, else null (the caller hashes it and calls <see cref="Add"/>).</summary>
    internal (long Length, byte[] Hash)? Known(string fullPath, out Stamp? stamp)
    {
        stamp = null;
        if (_path is null || StampOf(fullPath) is not { } now) return null;
        stamp = now;
        if (_known.TryGetValue(fullPath, out var entry) && entry.Stamp == now)
        {
            _now[fullPath] = entry;
            return (now.Size, entry.Hash);
        }
        return null;
    }

    // Each file's length and hash as this build first found it: the rule record (validate) and the plans' keys (render) hash
    // the same files; the second asks no statx and reads nothing.
    private readonly ConcurrentDictionary<string, (long Length, byte[] Hash)> _seen = new(StringComparer.Ordinal);

    /// <summary>
    /// The length and SHA-256 of a file's bytes: from this build's earlier answer, else from the record when its stamp is the
    /// recorded one, else read through <paramref name="files"/> (then recorded, <see cref="Add"/>); null when it cannot be read.
    /// </summary>
    /// <param name="buffer">The caller's reading buffer (one per thread).</param>
    internal (long Length, byte[] Hash)? Hash(Reading.RepositoryFiles files, string fullPath, byte[] buffer)
    {
        if (_seen.TryGetValue(fullPath, out var seen)) return seen;
        if (Known(fullPath, out var stamp) is { } known) return _seen[fullPath] = known;
        using var file = files.Open(fullPath);
        if (file is null) return null;
        using var bytes = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        long offset = 0;
        int read;
        while ((read = file.Read(buffer, offset)) > 0)
        {
            bytes.AppendData(buffer, 0, read);
            offset += read;
        }
        var sha = bytes.GetHashAndReset();
        Add(fullPath, stamp, offset, sha);
        return _seen[fullPath] = (offset, sha);
    }

    /// <summary>A file just read and hashed; recorded when its stamp is old enough to be trusted.</summary>
    internal void Add(string fullPath, Stamp? stamp, long length, byte[] hash)
    {
        Interlocked.Increment(ref _read);
        if (stamp is not { } s || s.Size != length) return;
        var clock = (DateTimeOffset.UtcNow - DateTimeOffset.UnixEpoch).Ticks * 100;
        if (clock - Math.Max(s.Modified, s.Changed) <= _racyNanoseconds) return;
        _now[fullPath] = new Entry(s, hash);
    }

    /// <summary>Writes the stamps of the files this build hashed or took from the record (a temporary file renamed). A failure is silent: the record left behind is still true of every stamp it lists, and a file whose stamp changed is hashed again.</summary>
    public void Save()
    {
        if (_path is null) return;
        var text = new StringBuilder(Header).Append('\n');
        foreach (var (path, entry) in _now.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            var s = entry.Stamp;
            text.Append(CultureInfo.InvariantCulture, $"{s.Size}\t{s.Modified}\t{s.Changed}\t{s.Inode}\t{s.Device}\t{Convert.ToHexStringLower(entry.Hash)}\t{path}\n");
        }
        RecordFile.TryReplace(_path, text.ToString());
    }

    private static Dictionary<string, Entry>? Read(string path)
    {
        var lines = RecordFile.ReadLines(path);
        if (lines is null || lines.Length == 0 || lines[0] != Header) return null;
        var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        foreach (var line in lines.Skip(1))
        {
            var cells = line.Split('\t', 7);
            if (cells.Length != 7 || cells[5].Length != 64
                || !long.TryParse(cells[0], NumberStyles.None, CultureInfo.InvariantCulture, out var size)
                || !long.TryParse(cells[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var modified)
                || !long.TryParse(cells[2], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var changed)
                || !ulong.TryParse(cells[3], NumberStyles.None, CultureInfo.InvariantCulture, out var inode)
                || !ulong.TryParse(cells[4], NumberStyles.None, CultureInfo.InvariantCulture, out var device))
                return null;
            byte[] hash;
            try { hash = Convert.FromHexString(cells[5]); }
            catch (FormatException) { return null; }
            entries[cells[6]] = new Entry(new Stamp(size, modified, changed, inode, device), hash);
        }
        return entries;
    }

    private sealed record Entry(Stamp Stamp, byte[] Hash);

    internal readonly record struct Stamp(long Size, long Modified, long Changed, ulong Inode, ulong Device);

    /// <summary>The stamp of a regular file with one link, not following a link; null otherwise or off Linux.</summary>
    internal static Stamp? StampOf(string fullPath)
    {
        if (!OperatingSystem.IsLinux() || _noStatx) return null;
        try
        {
            // struct statx (256 bytes): stx_nlink u32 at 16, stx_mode u16 at 28, stx_ino u64 at 32, stx_size u64 at 40,
            // stx_ctime at 96 and stx_mtime at 112 (i64 seconds, u32 nanoseconds), stx_dev_major/minor u32 at 136/140.
            var bytes = new byte[256];
            var buffer = bytes.AsSpan();
            const int AT_FDCWD = -100, AT_SYMLINK_NOFOLLOW = 0x100;
            const uint STATX_BASIC_STATS = 0x7ff;
            var name = Encoding.UTF8.GetBytes(fullPath + "\0");
            if (statx(AT_FDCWD, name, AT_SYMLINK_NOFOLLOW, STATX_BASIC_STATS, bytes) != 0) return null;
            var mask = MemoryMarshal.Read<uint>(buffer);
            const uint Needed = 0x1 | 0x2 | 0x4 | 0x40 | 0x80 | 0x100 | 0x200; // type, mode, nlink, mtime, ctime, ino, size
            if ((mask & Needed) != Needed) return null;
            var mode = MemoryMarshal.Read<ushort>(buffer[28..]);
            if ((mode & 0xF000) != 0x8000 || MemoryMarshal.Read<uint>(buffer[16..]) != 1) return null;
            static long Time(Span<byte> at) => MemoryMarshal.Read<long>(at) * 1_000_000_000 + MemoryMarshal.Read<uint>(at[8..]);
            var device = ((ulong)MemoryMarshal.Read<uint>(buffer[136..]) << 32) | MemoryMarshal.Read<uint>(buffer[140..]);
            return new Stamp((long)MemoryMarshal.Read<ulong>(buffer[40..]), Time(buffer[112..]), Time(buffer[96..]),
                MemoryMarshal.Read<ulong>(buffer[32..]), device);
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            _noStatx = true; // a C library without statx (glibc before 2.28): every file is hashed, without an exception each
            return null;
        }
    }

    private static volatile bool _noStatx;

    [DllImport("libc", EntryPoint = "statx")]
    private static extern int statx(int dirfd, byte[] path, int flags, uint mask, byte[] buffer);
}
