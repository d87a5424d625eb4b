using StaticMap.Core.Model;

namespace StaticMap.Tests.Search;

/// <summary>The number of search buckets a site gets, and which bucket a plan is in (docs/performance.md#search-index-in-buckets).</summary>
public sealed class SearchBucketsTests
{
    [Theory]
    [InlineData(0, 1)]
    [InlineData(3, 1)]
    [InlineData(100, 1)]
    [InlineData(101, 2)]
    [InlineData(200, 2)]
    [InlineData(201, 3)]
    [InlineData(500, 5)]
    [InlineData(700, 7)]
    [InlineData(701, 8)]
    [InlineData(1000, 8)]
    [InlineData(5000, 8)]
    public void The_count_is_one_up_to_a_hundred_plans_then_one_more_per_hundred_up_to_eight(int plans, int buckets) =>
        Assert.Equal(buckets, SearchBuckets.Count(plans));

    [Fact]
    public void With_one_bucket_every_plan_is_in_bucket_0()
    {
        Assert.Equal(0, SearchBuckets.Of("alameda-county", 1));
        Assert.Equal(0, SearchBuckets.Of("ramsey-county", 0));
    }

    [Fact]
    public void A_plan_s_bucket_is_the_sha256_of_its_folder_name_modulo_the_count_the_same_in_every_process()
    {
        // SHA-256("alameda-county") begins with bytes whose value is 1 modulo 4 and 2 modulo 3; "ramsey-county" 3 and 2.
        Assert.Equal(1, SearchBuckets.Of("alameda-county", 4));
        Assert.Equal(3, SearchBuckets.Of("ramsey-county", 4));
        Assert.Equal(3, SearchBuckets.Of("boone-county", 4));
        Assert.Equal(2, SearchBuckets.Of("alameda-county", 3));
        Assert.Equal(4, SearchBuckets.Of("alameda-county", 5));
    }

    [Fact]
    public void A_thousand_plans_spread_over_eight_buckets_within_a_third_of_the_mean()
    {
        var sizes = Enumerable.Range(1, 1000).Select(i => SearchBuckets.Of($"synthetic-{i:0000}", 8)).GroupBy(b => b).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(Enumerable.Range(0, 8), sizes.Keys.Order());
        Assert.All(sizes.Values, size => Assert.InRange(size, 84, 166));
    }

    [Fact]
    public void Bucket_0_is_the_site_s_pagefind_folder_and_the_others_are_inside_it() =>
        Assert.Equal(["/pagefind/", "/pagefind/b1/", "/pagefind/b7/"], new[] { 0, 1, 7 }.Select(SearchBuckets.Path));
}
