using AngleSharp.Html.Parser;
using StaticMap.Core.Rendering;
using StaticMap.Tests.Support;

namespace StaticMap.Tests.Search;

/// <summary>The search page names the bundles search.js merges: none on a site of one bucket, else the buckets with pages in its language.</summary>
public sealed class SearchPageBundlesTests : IDisposable
{
    private readonly TestSite _site = TestSite.Valid();

    public void Dispose() => _site.Dispose();

    private AngleSharp.Dom.IElement SearchForm()
    {
        var html = _site.Read("_site/search/index.html");
        return new HtmlParser().ParseDocument(html).QuerySelector("#sm-search")!;
    }

    [Fact]
    public void A_site_of_one_bucket_loads_pagefind_from_its_one_folder_and_merges_nothing()
    {
        Assert.True(_site.Build().Succeeded);
        Assert.Equal("/pagefind/", SearchForm().GetAttribute("data-pagefind-href"));
        Assert.False(SearchForm().HasAttribute("data-pagefind-merge"));
    }

    [Fact]
    public void With_buckets_the_page_merges_the_bucket_its_plan_is_in()
    {
        // "test-county" is in bucket 2 of 3 and bucket 4 of 5 (SearchBuckets.Of).
        Assert.True(_site.Build(new SiteOptions { SearchBucketCount = 3 }).Succeeded);
        Assert.Equal("/pagefind/b2/", SearchForm().GetAttribute("data-pagefind-merge"));
        Assert.True(_site.Build(new SiteOptions { SearchBucketCount = 5 }).Succeeded);
        Assert.Equal("/pagefind/b4/", SearchForm().GetAttribute("data-pagefind-merge"));
    }
}
