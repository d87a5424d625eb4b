using static StaticMap.Core.Schemas.PlanSchemas;

namespace StaticMap.Tests.Schemas;

/// <summary>What an editor flags as it is typed: each case is a valid file with one fault, which the schema must reject.</summary>
public class SchemaRejectionTests
{
    private const string Plan = """
        title: Test County Mobility Action Plan
        jurisdiction:
          name: Test County
          type: county
          state: CA
          fips: "06001"
        status: draft
        summary: A plan.
        coalition:
          - name: County
            sector: government
        """;

    private const string Findings = """
        component: findings
        metrics:
          - metric: share_employed
          - file: data/jobs.csv
            label: Jobs
            unit: people
        """;

    private const string Theory = """
        component: theory-of-change
        vision: Everyone can earn a good living.
        logic_model:
          inputs: [{id: staff-time, text: Staff time}]
          activities: [{id: run-program, text: Run a program, pillar: rewarding-work}]
          outputs: [{id: people-trained, text: People trained}]
          outcomes:
            short_term: [{id: more-jobs, text: More jobs}]
        """;

    private const string Progress = """
        year: 2024
        updates:
          - indicator: employment-rate
            value: 72
            status: on-track
        """;

    private static IReadOnlyList<string> Errors(string schema, string yaml) =>
        new SchemaValidator(SchemaTests.Committed(schema)).Validate(YamlJson.Parse(yaml));

    [Theory]
    [InlineData(PlanFile, Plan)]
    [InlineData(ComponentFile, Findings)]
    [InlineData(ComponentFile, Theory)]
    [InlineData(ProgressFile, Progress)]
    public void The_unchanged_examples_are_valid(string schema, string yaml)
    {
        Assert.Empty(Errors(schema, yaml));
    }

    [Theory]
    [InlineData("title: Test County Mobility Action Plan\n", "", "PropertyRequired")]
    [InlineData("status: draft", "status: publishd", "NotInEnumeration")]
    [InlineData("status: draft", "status: released", "PropertyRequired")]
    [InlineData("status: draft", "status: released\nreleased: May 2024", "PatternMismatch")]
    [InlineData("summary: A plan.", "summary: A plan.\ntitel: Typo", "NoAdditionalPropertiesAllowed")]
    [InlineData("summary: A plan.", "summary: \"\"", "StringTooShort")]
    [InlineData("type: county", "type: city", "PatternMismatch")]
    [InlineData("fips: \"06001\"", "fips: 06001", "StringExpected")]
    [InlineData("state: CA", "state: California", "NotInEnumeration")]
    [InlineData("sector: government", "sector: goverment", "NotInEnumeration")]
    [InlineData("coalition:\n  - name: County\n    sector: government", "coalition: []", "TooFewItems")]
    /// <param name="expected">The NJsonSchema error kind the change must cause.</param>
    public void Plan_faults_are_rejected(string from, string to, string expected)
    {
        Assert.Contains(Errors(PlanFile, Replace(Plan, from, to)), e => e.Contains(expected));
    }

    [Theory]
    [InlineData(Findings, "component: findings", "component: finding", "NotInEnumeration")]
    [InlineData(Findings, "- metric: share_employed", "- metric: share_employd", "NotInEnumeration")]
    [InlineData(Findings, "- metric: share_employed", "- metric: share_employed\n    file: data/x.csv", "ExcludedSchemaValidates")]
    [InlineData(Findings, "\n    unit: people", "", "PropertyRequired")]
    [InlineData(Findings, "- metric: share_employed", "- takeaway: Which metric?", "PropertyRequired")]
    [InlineData(Findings, "component: findings", "component: findings\ntimeline: []", "NoAdditionalPropertiesAllowed")]
    [InlineData(Theory, "vision: Everyone can earn a good living.\n", "", "PropertyRequired")]
    [InlineData(Theory, "pillar: rewarding-work", "pillar: jobs", "NotInEnumeration")]
    [InlineData(Theory, "id: staff-time", "id: Staff Time", "PatternMismatch")]
    [InlineData(Theory, "    short_term: [{id: more-jobs, text: More jobs}]", "    later: [{id: more-jobs, text: More jobs}]", "NotAnyOf")]
    public void Component_faults_are_rejected(string yaml, string from, string to, string expected)
    {
        Assert.Contains(Errors(ComponentFile, Replace(yaml, from, to)), e => e.Contains(expected));
    }

    [Fact]
    public void A_theory_of_change_needs_a_statement_or_a_logic_model()
    {
        var withoutModel = Theory[..Theory.IndexOf("logic_model:", StringComparison.Ordinal)];
        Assert.Contains(Errors(ComponentFile, withoutModel), e => e.Contains("NotAnyOf"));
        Assert.Empty(Errors(ComponentFile, withoutModel + "theory_of_change:\n  preconditions: [Shared data]\n"));
    }

    [Theory]
    [InlineData("year: 2024", "year: 1800", "NumberTooSmall")]
    [InlineData("year: 2024", "year: \"24\"", "PatternMismatch")]
    [InlineData("status: on-track", "status: on track", "NotInEnumeration")]
    [InlineData("value: 72", "valeu: 72", "NoAdditionalPropertiesAllowed")]
    [InlineData("value: 72", "value: \"72%\"", "PatternMismatch")]
    [InlineData("value: 72", "value: \"1,500\"", "PatternMismatch")]
    [InlineData("year: 2024", "year: 2200", "NumberTooBig")]
    public void Progress_faults_are_rejected(string from, string to, string expected)
    {
        Assert.Contains(Errors(ProgressFile, Replace(Progress, from, to)), e => e.Contains(expected));
    }

    private static string Replace(string yaml, string from, string to)
    {
        Assert.Contains(from, yaml);
        return yaml.Replace(from, to);
    }
}
