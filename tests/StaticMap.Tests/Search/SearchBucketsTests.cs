using StaticMap.Core.Model;

namespace StaticMap.Tests.Search;

/// <summary>The number of search buckets a site gets, and which bucket a plan is in (docs/performance.md#search-index-in-buckets).</summary>
public sealed class SearchBucketsTests
{
    [Theory]
    [InlineData(0, 1)]
    [InlineData(3, 1)]
    [InlineData(50, 1)]
    [InlineData(51, 3)]
    [InlineData(100, 3)]
    [InlineData(101, 4)]
    [InlineData(1000, 21)]
    [InlineData(1003, 22)]
    [InlineData(1100, 23)]
    [InlineData(1101, 24)]
    [InlineData(5000, 24)]
    public void The_count_is_one_up_to_50_plans_then_the_site_s_bucket_and_one_per_50_plans_up_to_24(int plans, int buckets) =>
        Assert.Equal(buckets, SearchBuckets.Count(plans));

    [Fact]
    public void With_one_bucket_every_plan_is_in_bucket_0()
    {
        Assert.Equal(0, SearchBuckets.Of("alameda-county", 1));
        Assert.Equal(0, SearchBuckets.Of("ramsey-county", 0));
    }

    [Fact]
    public void A_plan_s_bucket_is_a_jump_hash_of_the_sha256_of_its_folder_name_the_same_in_every_process()
    {
        // Worked out independently (a script of Lamping and Veach's jump consistent hash over the first eight bytes of SHA-256).
        // Bucket 0 holds the site's pages and, from two buckets on, no plan.
        Assert.Equal([0, 1, 2, 3, 3, 5, 6, 6], Enumerable.Range(1, 8).Select(n => SearchBuckets.Of("alameda-county", n)));
        Assert.Equal([0, 1, 1, 3, 3, 3, 3, 3], Enumerable.Range(1, 8).Select(n => SearchBuckets.Of("ramsey-county", n)));
        Assert.Equal(39, SearchBuckets.Of("alameda-county", 42));
        Assert.Equal(4, SearchBuckets.Of("boone-county", 42));
    }

    private static IEnumerable<string> Synthetic(int plans) => Enumerable.Range(1, plans).Select(i => $"synthetic-{i:0000}");

    [Fact]
    public void A_thousand_plans_spread_over_twenty_buckets_besides_the_site_s_none_under_two_thirds_or_over_half_again_the_mean()
    {
        var sizes = Synthetic(1000).Select(p => SearchBuckets.Of(p, SearchBuckets.Count(1000))).GroupBy(b => b).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(Enumerable.Range(1, 20), sizes.Keys.Order());
        Assert.All(sizes.Values, size => Assert.InRange(size, 34, 75));
    }

    [Fact]
    public void Adding_a_plan_moves_no_other_plan_while_the_count_stays_and_only_plans_into_the_new_bucket_when_it_grows()
    {
        // 1,003 plans and 1,004: the same 22 buckets, so every plan keeps its bucket (its bundle is reused).
        Assert.Equal(SearchBuckets.Count(1003), SearchBuckets.Count(1004));
        // 1,000 plans to 1,001: 21 buckets to 22. A plan that moves goes to the new bucket, and about one in 21 does.
        Assert.Equal((21, 22), (SearchBuckets.Count(1000), SearchBuckets.Count(1001)));
        var moved = Synthetic(1000).Where(p => SearchBuckets.Of(p, 21) != SearchBuckets.Of(p, 22)).ToList();
        Assert.All(moved, p => Assert.Equal(21, SearchBuckets.Of(p, 22)));
        Assert.InRange(moved.Count, 25, 75);
    }

    [Fact]
    public void Bucket_0_is_the_site_s_pagefind_folder_and_the_others_are_inside_it() =>
        Assert.Equal(["/pagefind/", "/pagefind/b1/", "/pagefind/b7/"], new[] { 0, 1, 7 }.Select(SearchBuckets.Path));
}
