namespace StaticMap.Bench.CorpusGenerator;

/// <summary>A Mobility Metric a plan may chart, as the repository's sample plans chart it for that county.</summary>
public sealed record MetricUse(string Name, bool Subgroups, bool ComparePeers);

/// <summary>
/// A county whose Mobility Metrics are in the repository's input/data, with metrics known to have data there.
/// Synthetic plans borrow the FIPS code (so metric references validate) but have invented names.
/// </summary>
public sealed record Place(string Fips, string State, string[] Peers, MetricUse[] Metrics)
{
    public bool Has(string metric) => Metrics.Any(m => m.Name == metric);

    public static readonly Place[] All =
    [
        new("27123", "MN", ["06001", "42003", "42101"],
        [
            new("share_in_preschool", true, true), new("share_hs_degree", true, false), new("pctl_income_20", true, false),
            new("share_digital_access", true, true), new("rate_injury_death", true, true), new("rate_juv_arrest", true, false),
        ]),
        new("06001", "CA", ["42003", "42101", "27123"],
        [
            new("pctl_income_20", true, true), new("share_employed", true, false), new("share_affordable_available_30_ami", false, false),
            new("share_low_birth_weight", true, false), new("rate_injury_death", true, true), new("share_digital_access", true, true),
        ]),
        new("29019", "MO", ["27123", "42003", "06001"],
        [
            new("share_employed", true, false), new("share_transportation_cost", false, true), new("share_poverty_exposure", true, true),
            new("share_in_preschool", false, false), new("share_digital_access", true, false), new("rate_injury_death", true, false),
        ]),
    ];
}

/// <summary>One strategy of a plan: an activity under one of the Five Pillars, what it produces and what it changes.</summary>
public sealed record Strategy(
    string Name, string Pillar,
    string Activity, string ActivityText,
    string Output, string OutputText, string OutputUnit,
    string ShortTerm, string ShortTermText,
    string Intermediate, string IntermediateText, string? Metric);

public static class Catalog
{
    public static readonly Strategy[] Strategies =
    [
        new("early learning", "high-quality-education",
            "early-learning-scholarships", "Offer early learning scholarships and raise pay for family child care providers",
            "scholarships-awarded", "Early learning scholarships awarded to families", "scholarships",
            "families-find-care", "Families who receive scholarships find and keep a child care seat",
            "preschool-enrollment-rises", "Preschool enrollment rises and the gap between groups narrows", "share_in_preschool"),
        new("youth jobs", "rewarding-work",
            "paid-youth-jobs", "Create paid after-school and summer jobs linked to graduation coaching",
            "youth-placements", "Paid job placements for young people", "young people",
            "youth-stay-on-track", "Young people in paid jobs stay on track to graduate",
            "employment-gap-narrows", "More working-age residents have a job, across every group", "share_employed"),
        new("community diversion", "responsive-and-just-governance",
            "community-diversion", "Refer young people arrested for low-level offenses to community-led diversion",
            "youth-diverted", "Young people referred to community diversion", "young people",
            "fewer-youth-in-court", "Fewer young people enter the juvenile court system",
            "arrest-gap-narrows", "Juvenile arrest rates fall and the gap between groups closes", "rate_juv_arrest"),
        new("overdose prevention", "healthy-environment-and-access-to-good-health-care",
            "overdose-prevention", "Expand naloxone distribution and peer recovery support",
            "naloxone-kits", "Naloxone kits distributed in priority neighborhoods", "kits",
            "more-people-reach-treatment", "More people who survive an overdose start treatment",
            "injury-deaths-fall", "Injury deaths fall, and the gap between groups closes", "rate_injury_death"),
        new("home internet", "opportunity-rich-and-inclusive-neighborhoods",
            "home-internet", "Bring free broadband to public and subsidized housing, with digital navigators",
            "homes-connected", "Homes in public and subsidized housing with free broadband", "homes",
            "families-get-online", "Families use home internet for school, work and benefits",
            "internet-gap-narrows", "The gap in home broadband between groups narrows", "share_digital_access"),
        new("affordable homes", "opportunity-rich-and-inclusive-neighborhoods",
            "preserve-affordable-homes", "Buy and preserve rental homes at risk of steep rent increases",
            "homes-preserved", "Rental homes preserved as affordable", "homes",
            "tenants-stay-housed", "Tenants in preserved homes stay housed",
            "affordable-homes-available", "More homes are affordable and available to families with low incomes", "share_affordable_available_30_ami"),
        new("job shuttles", "opportunity-rich-and-inclusive-neighborhoods",
            "job-shuttles", "Run shuttles from neighborhoods without transit to the largest employment centers",
            "shuttle-rides", "Shuttle rides to work", "rides",
            "workers-reach-jobs", "Workers without a car reach jobs on time",
            "transport-costs-fall", "Households spend a smaller share of income on transportation", "share_transportation_cost"),
        new("community doulas", "healthy-environment-and-access-to-good-health-care",
            "community-doulas", "Pay community doulas to support families through pregnancy and birth",
            "families-served-by-doulas", "Families supported by a community doula", "families",
            "prenatal-visits-rise", "More parents attend prenatal visits in the first trimester",
            "low-birth-weight-falls", "Fewer babies are born at a low birth weight", "share_low_birth_weight"),
        new("neighborhood opportunity", "opportunity-rich-and-inclusive-neighborhoods",
            "neighborhood-grants", "Fund resident-led projects in the neighborhoods with the most poverty",
            "projects-funded", "Resident-led neighborhood projects funded", "projects",
            "residents-lead-projects", "Residents of high-poverty neighborhoods lead projects in their own blocks",
            "poverty-exposure-falls", "Fewer residents live in neighborhoods of concentrated poverty", "share_poverty_exposure"),
        new("graduation coaching", "high-quality-education",
            "graduation-coaches", "Place graduation coaches in the high schools with the most students behind on credits",
            "students-coached", "Students who meet a graduation coach every month", "students",
            "credits-recovered", "Students behind on credits recover them within a year",
            "graduation-rises", "More young adults have a high school degree", "share_hs_degree"),
    ];

    public static readonly (string Id, string Text)[] Inputs =
    [
        ("mobility-staff", "A mobility coordinator and a data analyst in the county administrator's office"),
        ("shared-data", "A data-sharing agreement among the county, school districts and service providers"),
        ("community-grants", "A community grant pool, funded by the county and philanthropy, for community organizations"),
        ("advisory-council", "A paid resident advisory council that reviews every strategy and progress report"),
        ("partner-time", "Staff time committed by each lead partner"),
    ];

    public static readonly string[] CountyNames =
    [
        "Cedar", "Maple", "Juniper", "Willow", "Aspen", "Birch", "Sycamore", "Magnolia", "Hawthorn", "Linden",
        "Prairie", "Riverbend", "Lakeshore", "Highland", "Granite", "Clearwater", "Pine Ridge", "Oak Valley", "Stone Creek", "Fairmont",
        "Harbor", "Meadow", "Summit", "Bluestem", "Red Cliff", "Silver Lake", "Eastbrook", "Westfield", "North Fork", "South Bend",
    ];

    public static readonly (string Name, string Sector, string Role)[] Partners =
    [
        ("County Administrator's Office", "government", "Convenes the coalition and employs the mobility coordinator"),
        ("County workforce development board", "government", "Runs job programs with local employers"),
        ("Public school districts in the county", "government", "Share attendance and credit data"),
        ("Neighborhood associations network", "community", "Co-leads community conversations"),
        ("Resident advisory council", "community", "Paid residents who shape and review the plan"),
        ("Family child care network", "nonprofit", "Offers early learning seats"),
        ("Legal aid society", "nonprofit", "Represents tenants facing eviction"),
        ("Youth justice coalition", "advocacy", "Designs community diversion and holds partners to account"),
        ("Fair housing advocates", "advocacy", "Tracks displacement and pushes for tenant protections"),
        ("Community foundation", "philanthropy", "Co-funds the community grant pool"),
        ("Regional university research center", "research", "Manages shared data and evaluates the strategies"),
        ("Regional hospital system", "anchor", "Leads health strategies and hires locally"),
        ("Community college", "anchor", "Offers training linked to local jobs"),
        ("Employers' roundtable", "private", "Offers paid jobs and mentors"),
        ("Regional transit authority", "government", "Runs shuttles and sets fares"),
        ("Housing authority", "government", "Owns public housing and partners on broadband"),
    ];

    public static readonly string[] Responsible =
    [
        "Mobility coordinator", "County data analyst", "Research center", "Workforce board", "Housing authority",
        "Health department", "School district data office", "Community foundation", "Coalition steering committee",
    ];

    public static readonly string[] Sources =
    [
        "Program records", "County administrative data", "School district records, shared under the data agreement",
        "Partner quarterly reports", "Grant records", "Hospital and public health logs", "Resident survey",
    ];
}
