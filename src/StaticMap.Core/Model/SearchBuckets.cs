using System.Security.Cryptography;
using System.Text;

namespace StaticMap.Core.Model;

/// <summary>
/// The search index in buckets of plans (issue 23; docs/performance.md#search-index-in-buckets). Every plan is in one
/// bucket, chosen by a stable hash of its folder name; the site's own pages (homes, site pages) are in bucket 0. Each
/// bucket is its own Pagefind bundle: bucket 0 at /pagefind/ (so a site of one bucket is indexed as before), bucket b at
/// /pagefind/b{b}/. The search page loads /pagefind/ and merges, in the browser, the bundles that hold pages in its
/// language. A build indexes again only the buckets whose pages changed.
/// </summary>
public static class SearchBuckets
{
    /// <summary>Plans per bucket the count aims at: one bucket up to this many plans.</summary>
    public const int PlansPerBucket = 100;

    /// <summary>The most buckets a site gets: each is a few more small requests per search (docs/performance.md).</summary>
    public const int MaxBuckets = 8;

    /// <summary>
    /// How many buckets a site of <paramref name="plans"/> plans gets: 1 up to <see cref="PlansPerBucket"/> plans, then one
    /// more for each further <see cref="PlansPerBucket"/> plans (or part of them), at most <see cref="MaxBuckets"/>:
    /// 1 for 100 plans, 2 for 101–200, 5 for 500, 8 from 701.
    /// </summary>
    public static int Count(int plans) => plans <= PlansPerBucket ? 1 : Math.Min(MaxBuckets, (plans + PlansPerBucket - 1) / PlansPerBucket);

    /// <summary>The bucket of a plan: the first four bytes of the SHA-256 of its folder name (UTF-8), modulo the count.</summary>
    public static int Of(string planId, int count)
    {
        if (count <= 1) return 0;
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(planId), hash);
        var value = (uint)(hash[0] << 24 | hash[1] << 16 | hash[2] << 8 | hash[3]);
        return (int)(value % (uint)count);
    }

    /// <summary>The site path of a bucket's bundle: "/pagefind/" for bucket 0, "/pagefind/b2/" for bucket 2.</summary>
    public static string Path(int bucket) => bucket == 0 ? "/pagefind/" : $"/pagefind/b{bucket}/";
}
