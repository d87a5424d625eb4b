using System.Collections.Frozen;

namespace StaticMap.Core.Model;

/// <summary>USPS codes, FIPS codes and names of the states, DC and the territories.</summary>
public static class UsStates
{
    private static readonly (string Usps, string Fips, string Name)[] All =
    [
        ("AL", "01", "Alabama"), ("AK", "02", "Alaska"), ("AZ", "04", "Arizona"), ("AR", "05", "Arkansas"),
        ("CA", "06", "California"), ("CO", "08", "Colorado"), ("CT", "09", "Connecticut"), ("DE", "10", "Delaware"),
        ("DC", "11", "District of Columbia"), ("FL", "12", "Florida"), ("GA", "13", "Georgia"), ("HI", "15", "Hawaii"),
        ("ID", "16", "Idaho"), ("IL", "17", "Illinois"), ("IN", "18", "Indiana"), ("IA", "19", "Iowa"),
        ("KS", "20", "Kansas"), ("KY", "21", "Kentucky"), ("LA", "22", "Louisiana"), ("ME", "23", "Maine"),
        ("MD", "24", "Maryland"), ("MA", "25", "Massachusetts"), ("MI", "26", "Michigan"), ("MN", "27", "Minnesota"),
        ("MS", "28", "Mississippi"), ("MO", "29", "Missouri"), ("MT", "30", "Montana"), ("NE", "31", "Nebraska"),
        ("NV", "32", "Nevada"), ("NH", "33", "New Hampshire"), ("NJ", "34", "New Jersey"), ("NM", "35", "New Mexico"),
        ("NY", "36", "New York"), ("NC", "37", "North Carolina"), ("ND", "38", "North Dakota"), ("OH", "39", "Ohio"),
        ("OK", "40", "Oklahoma"), ("OR", "41", "Oregon"), ("PA", "42", "Pennsylvania"), ("RI", "44", "Rhode Island"),
        ("SC", "45", "South Carolina"), ("SD", "46", "South Dakota"), ("TN", "47", "Tennessee"), ("TX", "48", "Texas"),
        ("UT", "49", "Utah"), ("VT", "50", "Vermont"), ("VA", "51", "Virginia"), ("WA", "53", "Washington"),
        ("WV", "54", "West Virginia"), ("WI", "55", "Wisconsin"), ("WY", "56", "Wyoming"),
        ("AS", "60", "American Samoa"), ("GU", "66", "Guam"), ("MP", "69", "Northern Mariana Islands"),
        ("PR", "72", "Puerto Rico"), ("VI", "78", "U.S. Virgin Islands"),
    ];

    private static readonly FrozenDictionary<string, (string Fips, string Name)> ByUsps =
        All.ToFrozenDictionary(s => s.Usps, s => (s.Fips, s.Name));

    private static readonly FrozenDictionary<string, string> UspsByFips = All.ToFrozenDictionary(s => s.Fips, s => s.Usps);

    public static bool IsUspsCode(string code) => ByUsps.ContainsKey(code);

    public static string? FipsOf(string usps) => ByUsps.TryGetValue(usps, out var s) ? s.Fips : null;

    public static string? UspsOfFips(string stateFips) => UspsByFips.GetValueOrDefault(stateFips);

    public static string? NameOf(string usps) => ByUsps.TryGetValue(usps, out var s) ? s.Name : null;

    private static readonly FrozenDictionary<string, string> UspsByName =
        All.ToFrozenDictionary(s => s.Name, s => s.Usps, StringComparer.OrdinalIgnoreCase);

    /// <summary>The USPS code of a state's English name as Urban's files write it ("Pennsylvania" → "PA").</summary>
    public static string? UspsOfName(string name) => UspsByName.GetValueOrDefault(name.Trim());
}
