using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace StaticMap.Core.Reading;

/// <summary>What a path is on disk, told without opening it.</summary>
public enum FileKind
{
    Missing,
    Regular,
    Folder,
    Link,
    Fifo,
    Socket,
    CharacterDevice,
    BlockDevice,
    Other,
}

/// <summary>
/// The type of a file as the operating system's stat() reports it. .NET reports a named pipe, a socket or a device as an
/// ordinary file (FileAttributes.Normal, length 0), and opening a named pipe for reading waits for a writer, forever:
/// so the type is read with stat()/lstat() first, which never blocks, and only regular files are opened.
/// </summary>
/// <remarks>
/// On Unix this calls the runtime's own native shim (libSystem.Native, shipped with every .NET runtime; SystemNative_Stat
/// fills a FileStatus whose second field is st_mode, the same on every Unix since .NET Core 1.0) and, should that ever be
/// missing, libc's statx(), whose layout is the same on every Linux architecture. On Windows there are no named pipes or
/// devices in a folder, and FileAttributes tell folders, links and devices apart.
/// </remarks>
public static class FileKinds
{
    private const int S_IFMT = 0xF000, S_IFIFO = 0x1000, S_IFCHR = 0x2000, S_IFDIR = 0x4000, S_IFBLK = 0x6000,
        S_IFREG = 0x8000, S_IFLNK = 0xA000, S_IFSOCK = 0xC000;

    private static int _native = OperatingSystem.IsWindows() ? -1 : SelfCheck(); // 0 runtime shim, 1 statx, -1 managed

    /// <summary>
    /// The runtime's shim is used only when it tells a known folder and a known file apart correctly (its FileStatus is
    /// internal to .NET, so a future layout change must not go unnoticed); else statx() on Linux, else managed calls.
    /// </summary>
    private static int SelfCheck()
    {
        var folder = AppContext.BaseDirectory;
        var file = typeof(FileKinds).Assembly.Location;
        if (file.Length == 0) return 0;
        foreach (var candidate in new[] { 0, 1 })
        {
            _native = candidate;
            try
            {
                if (Stat(folder, followLinks: true) == FileKind.Folder && Stat(file, followLinks: true) == FileKind.Regular) return _native;
            }
            catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
            {
            }
        }
        return -1;
    }

    /// <summary>The kind of <paramref name="path"/> itself: a link is <see cref="FileKind.Link"/>, not what it points at.</summary>
    public static FileKind Of(string path) => Stat(path, followLinks: false);

    /// <summary>The kind of what <paramref name="path"/> leads to, following links.</summary>
    public static FileKind Target(string path) => Stat(path, followLinks: true);

    /// <summary>The kind of an open file.</summary>
    public static FileKind Of(SafeFileHandle handle)
    {
        if (Volatile.Read(ref _native) == 0)
        {
            try
            {
                var buffer = new byte[256];
                return SystemNative_FStat(handle, buffer) == 0 ? FromMode(BitConverter.ToInt32(buffer, 4)) : FileKind.Other;
            }
            catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
            {
                // Fall through: the path was checked before opening, which is what keeps a build from waiting.
            }
        }
        return FileKind.Regular;
    }

    /// <summary>
    /// The kind, number of names (hard links) and size of an open file from one <c>statx()</c>; null where there is none
    /// (not Linux, a C library without it, or a call that fails): then ask <see cref="Of(SafeFileHandle)"/> and
    /// <see cref="LinkCount(SafeFileHandle)"/>.
    /// </summary>
    public static (FileKind Kind, long Links, long Length)? OfOpen(SafeFileHandle handle)
    {
        if (!OperatingSystem.IsLinux() || _noStatxOnHandle) return null;
        var added = false;
        try
        {
            handle.DangerousAddRef(ref added);
            // struct statx: stx_mask u32 at 0, stx_nlink u32 at 16, stx_mode u16 at 28, stx_size u64 at 40.
            var buffer = new byte[256];
            const uint STATX_TYPE = 0x1, STATX_NLINK = 0x4, STATX_SIZE = 0x200;
            const uint Wanted = STATX_TYPE | STATX_NLINK | STATX_SIZE;
            if (statx((int)handle.DangerousGetHandle(), [0], 0x1000 /* AT_EMPTY_PATH */, Wanted, buffer) != 0
                || (BitConverter.ToUInt32(buffer, 0) & Wanted) != Wanted)
                return null;
            return (FromMode(BitConverter.ToUInt16(buffer, 28)), Math.Max(1u, BitConverter.ToUInt32(buffer, 16)), (long)BitConverter.ToUInt64(buffer, 40));
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            _noStatxOnHandle = true;
            return null;
        }
        finally
        {
            if (added) handle.DangerousRelease();
        }
    }

    private static volatile bool _noStatxOnHandle;

    /// <summary>
    /// How many names (hard links) the file at <paramref name="path"/> has, not following a symbolic link; 1 when it
    /// cannot be told (a system without statx(), such as macOS or Windows, or a path that is gone).
    /// </summary>
    public static long LinkCount(string path) => LinkCount(-100 /* AT_FDCWD */, Utf8Z(path), 0x100 /* AT_SYMLINK_NOFOLLOW */);

    /// <summary>How many names the open file has (see <see cref="LinkCount(string)"/>).</summary>
    public static long LinkCount(SafeFileHandle handle)
    {
        var added = false;
        try
        {
            handle.DangerousAddRef(ref added);
            return LinkCount((int)handle.DangerousGetHandle(), [0], 0x1000 /* AT_EMPTY_PATH */);
        }
        finally
        {
            if (added) handle.DangerousRelease();
        }
    }

    private static long LinkCount(int dirfd, byte[] path, int flags)
    {
        if (!OperatingSystem.IsLinux()) return 1;
        try
        {
            // struct statx: stx_nlink is the 32-bit field at offset 16; STATX_NLINK asks for it.
            var buffer = new byte[256];
            const uint STATX_NLINK = 0x4;
            return statx(dirfd, path, flags, STATX_NLINK, buffer) == 0 ? Math.Max(1u, BitConverter.ToUInt32(buffer, 16)) : 1;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return 1;
        }
    }

    /// <summary>"a named pipe (FIFO)" and so on, for messages.</summary>
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Missing => "a file that does not exist",
        FileKind.Regular => "a regular file",
        FileKind.Folder => "a folder",
        FileKind.Link => "a symbolic link",
        FileKind.Fifo => "a named pipe (FIFO)",
        FileKind.Socket => "a socket",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        _ => "a special file",
    };

    private static FileKind Stat(string path, bool followLinks)
    {
        if (_native == 0)
        {
            try
            {
                var buffer = new byte[256];
                var name = Utf8Z(path);
                var rc = followLinks ? SystemNative_Stat(name, buffer) : SystemNative_LStat(name, buffer);
                return rc == 0 ? FromMode(BitConverter.ToInt32(buffer, 4)) : FileKind.Missing;
            }
            catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
            {
                _native = OperatingSystem.IsLinux() ? 1 : -1;
            }
        }
        if (_native == 1)
        {
            try
            {
                // struct statx is 256 bytes; stx_mode is the 16-bit field at offset 28.
                var buffer = new byte[256];
                const int AT_FDCWD = -100, AT_SYMLINK_NOFOLLOW = 0x100, STATX_TYPE = 0x1;
                var rc = statx(AT_FDCWD, Utf8Z(path), followLinks ? 0 : AT_SYMLINK_NOFOLLOW, STATX_TYPE, buffer);
                return rc == 0 ? FromMode(BitConverter.ToUInt16(buffer, 28)) : FileKind.Missing;
            }
            catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
            {
                _native = -1;
            }
        }
        return Managed(path, followLinks);
    }

    private static FileKind Managed(string path, bool followLinks)
    {
        FileSystemInfo info = new FileInfo(path);
        if (!info.Exists)
        {
            info = new DirectoryInfo(path);
            if (!info.Exists && info.LinkTarget is null) return FileKind.Missing;
        }
        if (info.LinkTarget is not null)
        {
            if (!followLinks) return FileKind.Link;
            var target = info.ResolveLinkTarget(returnFinalTarget: true);
            if (target is null || !target.Exists) return FileKind.Missing;
            info = target;
        }
        var attributes = info.Attributes;
        if (attributes.HasFlag(FileAttributes.Directory)) return FileKind.Folder;
        if (attributes.HasFlag(FileAttributes.Device)) return FileKind.CharacterDevice;
        return FileKind.Regular;
    }

    private static FileKind FromMode(int mode) => (mode & S_IFMT) switch
    {
        S_IFREG => FileKind.Regular,
        S_IFDIR => FileKind.Folder,
        S_IFLNK => FileKind.Link,
        S_IFIFO => FileKind.Fifo,
        S_IFSOCK => FileKind.Socket,
        S_IFCHR => FileKind.CharacterDevice,
        S_IFBLK => FileKind.BlockDevice,
        _ => FileKind.Other,
    };

    private static byte[] Utf8Z(string path)
    {
        var bytes = new byte[Encoding.UTF8.GetByteCount(path) + 1];
        Encoding.UTF8.GetBytes(path, bytes);
        return bytes;
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat")]
    private static extern int SystemNative_Stat(byte[] path, byte[] output);

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_LStat")]
    private static extern int SystemNative_LStat(byte[] path, byte[] output);

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_FStat")]
    private static extern int SystemNative_FStat(SafeFileHandle fd, byte[] output);

    [DllImport("libc", EntryPoint = "statx")]
    private static extern int statx(int dirfd, byte[] path, int flags, uint mask, byte[] buffer);
}
