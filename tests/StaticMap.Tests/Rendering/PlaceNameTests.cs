using StaticMap.Core.Localization;
using StaticMap.Core.Model;
using StaticMap.Core.Rendering.Templates;
using StaticMap.Core.Rendering.Views;

namespace StaticMap.Tests.Rendering;

/// <summary>Places as a reader names them: Urban's Census names without their suffix, states in the page's language.</summary>
public class PlaceNameTests
{
    private static readonly UiStrings En = Theme.DefaultStrings.For("en");
    private static readonly UiStrings Es = Theme.DefaultStrings.For("es");

    [Theory]
    [InlineData("Pittsburgh city", "Pittsburgh")]
    [InlineData("Philadelphia city", "Philadelphia")]
    [InlineData("Boise City city", "Boise City")]
    [InlineData("Jersey City", "Jersey City")]
    [InlineData("Urban Honolulu CDP", "Urban Honolulu")]
    [InlineData("Indianapolis city (balance)", "Indianapolis")]
    [InlineData("Nashville-Davidson metropolitan government (balance)", "Nashville-Davidson")]
    [InlineData("Louisville/Jefferson County metro government (balance)", "Louisville/Jefferson County")]
    [InlineData("Augusta-Richmond County consolidated government (balance)", "Augusta-Richmond County")]
    [InlineData("Athens-Clarke County unified government (balance)", "Athens-Clarke County")]
    [InlineData("Lexington-Fayette urban county", "Lexington-Fayette")]
    [InlineData("Anchorage municipality", "Anchorage")]
    [InlineData("Cary town", "Cary")]
    [InlineData("Skokie village", "Skokie")]
    [InlineData("State College borough", "State College")]
    [InlineData("Alameda County", "Alameda County")]
    public void A_census_suffix_is_dropped(string census, string name) => Assert.Equal(name, PlaceNames.WithoutSuffix(census));

    [Fact]
    public void Urbans_places_and_the_plans_own_place_are_named_in_the_pages_language()
    {
        Assert.Equal("Philadelphia, Pennsylvania", Formatting.UrbanPlace("Philadelphia city, Pennsylvania", En));
        Assert.Equal("Philadelphia, Pensilvania", Formatting.UrbanPlace("Philadelphia city, Pennsylvania", Es));
        Assert.Equal("St. Paul, Minnesota", Formatting.UrbanPlace("St. Paul city, Minnesota", Es));
        Assert.Equal("Condado de Allegheny, Pensilvania", Formatting.UrbanPlace("Allegheny County, Pennsylvania", Es));
        var pittsburgh = new Jurisdiction("City of Pittsburgh", JurisdictionType.City, "PA", "4261000", default);
        Assert.Equal("Pittsburgh, Pennsylvania", Formatting.Place(pittsburgh, En));
        Assert.Equal("City of Pittsburgh, Pennsylvania", Formatting.Jurisdiction(pittsburgh, En));
        Assert.Equal("Pittsburgh, Pensilvania", Formatting.Place(pittsburgh with { Name = "Ciudad de Pittsburgh" }, Es));
        var boston = new Jurisdiction("Boston", JurisdictionType.City, "MA", "2507000", default);
        Assert.Equal("Boston, Massachusetts (city)", Formatting.JurisdictionWithType(boston, En));
        Assert.Equal("Boston, Massachusetts (ciudad)", Formatting.JurisdictionWithType(boston, Es));
        // A name that ends with its state is not given it twice; one that only contains it is ("Kansas City, Kansas").
        Assert.Equal("Kansas City, Kansas", Formatting.Place(new Jurisdiction("Kansas City", JurisdictionType.City, "KS", "2036000", default), En));
        Assert.Equal("New York, New York", Formatting.Place(new Jurisdiction("New York", JurisdictionType.City, "NY", "3651000", default), En));
    }
}
