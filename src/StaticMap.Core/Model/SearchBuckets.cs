using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace StaticMap.Core.Model;

/// <summary>
/// The search index in buckets of plans (issue 23; docs/performance.md#search-index-in-buckets). Every plan is in one
/// bucket, chosen by a stable hash of its folder name; the site's own pages (homes, site pages) are in bucket 0, which
/// holds no plan once there are two buckets or more (the site's pages change with every progress report, the plans'
/// buckets only with their plans). Each
/// bucket is its own Pagefind bundle: bucket 0 at /pagefind/ (so a site of one bucket is indexed as before), bucket b at
/// /pagefind/b{b}/. The search page loads /pagefind/ and merges, in the browser, the bundles that hold pages in its
/// language. A build indexes again only the buckets whose pages changed.
/// </summary>
public static class SearchBuckets
{
    /// <summary>
    /// Plans per bucket the count aims at: one bucket up to this many plans. The middle docs/performance.md measured: the
    /// bucket a warm build indexes again (one plan changed) is about 650 pages, under 4 s of Pagefind instead of 11 s with
    /// 125 plans a bucket, while a one-word search of a 1,000-plan portal fetches 1.1 MB in 86 requests (8 buckets: 0.8 MB
    /// in 50; 25 plans a bucket: 1.8 MB in 152).
    /// </summary>
    public const int PlansPerBucket = 50;

    /// <summary>The most buckets a site gets, bucket 0 included: each is a few more requests and one more index chunk per word searched.</summary>
    public const int MaxBuckets = 24;

    /// <summary>
    /// How many buckets a site of <paramref name="plans"/> plans gets: 1 up to <see cref="PlansPerBucket"/> plans (the
    /// site's pages and every plan together, as before buckets), else bucket 0 for the site's pages and one bucket for each
    /// <see cref="PlansPerBucket"/> plans (or part of them), at most <see cref="MaxBuckets"/> in all:
    /// 1 for 50 plans, 3 for 51–100, 4 for 101–150, 22 for 1,003, 24 from 1,101.
    /// </summary>
    public static int Count(int plans) => plans <= PlansPerBucket ? 1 : Math.Min(MaxBuckets, 1 + (plans + PlansPerBucket - 1) / PlansPerBucket);

    /// <summary>
    /// The bucket of a plan: 0 when the site has one bucket, else one of buckets 1 to <paramref name="count"/> − 1, by the
    /// first eight bytes of the SHA-256 of its folder name (UTF-8, big-endian) through a jump consistent hash (Lamping and
    /// Veach, 2014). Adding a plan changes no other plan's bucket unless the count grows, and when the plans' buckets grow
    /// from n to n + 1 only about one plan in n + 1 moves (into the new bucket): every other bucket keeps its pages, so
    /// its bundle is reused.
    /// </summary>
    public static int Of(string planId, int count)
    {
        if (count <= 1) return 0;
        if (count == 2) return 1;
        count--;
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(planId), hash);
        var key = BinaryPrimitives.ReadUInt64BigEndian(hash);
        long bucket = -1, next = 0;
        while (next < count)
        {
            bucket = next;
            key = unchecked(key * 2862933555777941757UL + 1);
            next = (long)((bucket + 1) * ((double)(1L << 31) / ((key >> 33) + 1)));
        }
        return 1 + (int)bucket;
    }

    /// <summary>The site path of a bucket's bundle: "/pagefind/" for bucket 0, "/pagefind/b2/" for bucket 2.</summary>
    public static string Path(int bucket) => bucket == 0 ? "/pagefind/" : $"/pagefind/b{bucket}/";
}
