using System.Globalization;
using System.Text.Json.Nodes;
using Reports.Domain.Changes;
using Reports.Domain.Formatting;

namespace Reports.Domain.Tests;

/// <summary>Two editions of the seed compared: what is reported as changed, added and removed, and how it is written.</summary>
public sealed class ChangeSetTests
{
    static readonly ChangeTexts Texts = new(FigureFormatter.Default);

    static ChangeSet Compare(Action<JsonObject> earlier, Action<JsonObject> later) =>
        SummitComparer.Compare(Some.Edition(earlier), Some.Edition(later));

    static ChangeSet SeedTo(Action<JsonObject> later) => Compare(_ => { }, later);

    static IndicatorChange Only(ChangeSet changes) => changes.Indicators.ShouldHaveSingleItem();

    [Fact]
    public void The_same_edition_twice_has_no_changes_and_dates_them_by_the_earlier_event()
    {
        var changes = SeedTo(_ => { });

        changes.IsEmpty.ShouldBeTrue();
        changes.Indicators.ShouldBeEmpty();
        changes.Items.ShouldBeEmpty();
        changes.EventDate.ShouldBeNull();
        changes.Since.ShouldBe(new DateOnly(2025, 5, 8));
    }

    [Fact]
    public void A_revised_figure_is_changed_from_old_to_new_with_the_percentage()
    {
        var change = Only(SeedTo(j => Some.Indicator(j, "trade-volume-2024")["value"] = 260));

        change.Kind.ShouldBe(ChangeKind.Changed);
        change.Id.ShouldBe("trade-volume-2024");
        change.Fields.ShouldBe([IndicatorField.Value]);
        change.Before!.Value.ShouldBe(245);
        change.After!.Value.ShouldBe(260);
        change.Difference.ShouldBe(15);
        change.RelativeChange!.Value.ShouldBe(0.0612, 0.0001);
        Texts.Values(change).ShouldBe("USD 245 bn → USD 260 bn, +6 %");
        Texts.Summary(change).ShouldBe("USD 245 bn → USD 260 bn, +6 %");
    }

    [Fact]
    public void A_fall_is_written_with_a_minus_sign_and_a_small_change_with_one_decimal()
    {
        var fall = Only(SeedTo(j => Some.Indicator(j, "visitors-russia-to-china-2024")["value"] = 1_500_000));
        var small = Only(SeedTo(j => Some.Indicator(j, "trade-volume-2024")["value"] = 246));

        Texts.Values(fall).ShouldBe("1.6 million → 1.5 million, −6 %");
        fall.Difference.ShouldBe(-100_000);
        Texts.Values(small).ShouldBe("USD 245 bn → USD 246 bn, +0.4 %");
    }

    [Fact]
    public void No_percentage_is_given_when_the_unit_changed()
    {
        var change = Only(SeedTo(j =>
        {
            Some.Indicator(j, "cross-years-span")["unit"] = "days";
            Some.Indicator(j, "cross-years-span")["value"] = 730;
        }));

        change.Fields.ShouldBe([IndicatorField.Value, IndicatorField.Unit]);
        change.Difference.ShouldBeNull();
        change.RelativeChange.ShouldBeNull();
        Texts.Percent(change).ShouldBeNull();
        Texts.Values(change).ShouldBe("2 years → 730 days");
    }

    [Fact]
    public void No_percentage_is_given_when_the_old_value_is_zero_but_the_difference_is()
    {
        var change = Only(Compare(j => Some.Indicator(j, "brics-cooperation-areas")["value"] = 0, _ => { }));

        change.Difference.ShouldBe(3);
        change.RelativeChange.ShouldBeNull();
        Texts.Values(change).ShouldBe("0 → 3");
    }

    [Fact]
    public void Qualifier_period_and_kind_changes_are_each_named()
    {
        var change = Only(SeedTo(j =>
        {
            var indicator = Some.Indicator(j, "priority-projects-value");
            indicator["qualifier"] = "exact";
            indicator["period"] = "2025/2026";
            indicator["kind"] = "forecast";
        }));

        change.Fields.ShouldBe([IndicatorField.Qualifier, IndicatorField.Kind, IndicatorField.Period]);
        change.Difference.ShouldBeNull();
        Texts.Summary(change).ShouldBe("~USD 200 bn → USD 200 bn; period 2025-05 → 2025–2026; actual → forecast");
        Texts.FieldWords(change).ShouldBe("qualifier, kind, period");
    }

    [Fact]
    public void A_period_change_alone_shows_the_value_once()
    {
        var change = Only(SeedTo(j => Some.Indicator(j, "students-russian-in-china")["period"] = "2024"));

        Texts.Summary(change).ShouldBe("21,000; period 2025 → 2024");
    }

    [Fact]
    public void A_new_figure_is_added_and_a_dropped_one_removed()
    {
        var changes = SeedTo(j =>
        {
            var indicators = j["indicators"]!.AsArray();
            indicators.Remove(Some.Indicator(j, "lunar-new-year-participants"));
            var added = (JsonObject)Some.Indicator(j, "trade-volume-2024").DeepClone();
            added["id"] = "trade-volume-2025-h1";
            added["value"] = 120.5;
            added["period"] = "2025";
            indicators.Add(added);
        });

        changes.Indicators.Select(c => (c.Kind, c.Id)).ShouldBe([(ChangeKind.Added, "trade-volume-2025-h1"), (ChangeKind.Removed, "lunar-new-year-participants")]);
        Texts.Values(changes.Indicators[0]).ShouldBe("USD 120.5 bn");
        Texts.Values(changes.Indicators[1]).ShouldBe("at least 200,000");
        changes.Of("trade-volume-2025-h1")!.Kind.ShouldBe(ChangeKind.Added);
        changes.Of("lunar-new-year-participants").ShouldBeNull();
        changes.Of("trade-volume-2024").ShouldBeNull();
    }

    [Fact]
    public void Indicators_come_changed_then_added_then_removed_each_in_their_edition_order()
    {
        var changes = SeedTo(j =>
        {
            var indicators = j["indicators"]!.AsArray();
            Some.Indicator(j, "students-chinese-in-russia")["value"] = 52_000;
            Some.Indicator(j, "documents-signed")["value"] = 35;
            indicators.Remove(Some.Indicator(j, "lunar-new-year-participants"));
            indicators.Remove(Some.Indicator(j, "cross-years-span"));
            var added = (JsonObject)Some.Indicator(j, "documents-signed").DeepClone();
            added["id"] = "a-new-count";
            indicators.Insert(0, added);
        });

        changes.Indicators.Select(c => c.Id).ShouldBe(["documents-signed", "students-chinese-in-russia", "a-new-count", "cross-years-span", "lunar-new-year-participants"]);
    }

    [Fact]
    public void Key_judgements_agreements_quotes_and_sources_added_or_removed_are_listed_in_that_order()
    {
        var changes = SeedTo(j =>
        {
            j["sources"]!.AsArray().Add(new JsonObject { ["id"] = "tass", ["title"] = "TASS report" });
            j["themes"]![0]!["quotes"]!.AsArray().RemoveAt(0);
            j["agreements"]![0]!["documents"]!.AsArray().Add(new JsonObject { ["title"] = "Joint statement on space", ["source"] = "tass" });
            j["summary"]!["keyJudgements"]![0]!["text"] = "The meeting was long.";
        });

        changes.Indicators.ShouldBeEmpty();
        changes.Items.Select(i => (i.Item, i.Kind, i.Detail)).ShouldBe(
        [
            (ItemKind.KeyJudgement, ChangeKind.Added, null),
            (ItemKind.KeyJudgement, ChangeKind.Removed, null),
            (ItemKind.Agreement, ChangeKind.Added, "Joint statements"),
            (ItemKind.Quote, ChangeKind.Removed, "Vladimir Putin"),
            (ItemKind.Source, ChangeKind.Added, "tass"),
        ]);
        changes.Items[0].Text.ShouldBe("The meeting was long.");
        changes.Items[1].Text.ShouldStartWith("The meeting was substantial: more than seven hours");
        changes.Items[2].Text.ShouldBe("Joint statement on space");
        changes.Items[3].Text.ShouldStartWith("When addressing crucial international and regional issues");
        changes.Items[4].Text.ShouldBe("TASS report");
    }

    [Fact]
    public void A_duplicated_agreement_counts_once_more()
    {
        var changes = SeedTo(j =>
        {
            var documents = j["agreements"]![0]!["documents"]!.AsArray();
            documents.Add(documents[0]!.DeepClone());
        });

        changes.Items.ShouldHaveSingleItem().Kind.ShouldBe(ChangeKind.Added);
    }

    [Fact]
    public void A_moved_event_date_is_reported_and_the_change_set_is_dated_by_the_earlier_edition()
    {
        var changes = SeedTo(j => j["event"]!["date"] = "2025-05-09");

        changes.IsEmpty.ShouldBeFalse();
        changes.EventDate.ShouldBe(new DateChange(new DateOnly(2025, 5, 8), new DateOnly(2025, 5, 9)));
        changes.Since.ShouldBe(new DateOnly(2025, 5, 8));
    }

    [Fact]
    public void A_summit_given_more_days_is_a_date_change_written_as_ranges()
    {
        var changes = SeedTo(j => j["event"]!["endDate"] = "2025-05-10");

        changes.EventDate.ShouldBe(new DateChange(new DateOnly(2025, 5, 8), new DateOnly(2025, 5, 8), null, new DateOnly(2025, 5, 10)));
        Texts.Overview(changes).ShouldBe("The event date moved from 8 May 2025 to 8–10 May 2025.");
    }

    [Fact]
    public void The_date_the_earlier_reports_recorded_dates_the_change_set_when_given()
    {
        var changes = SummitComparer.Compare(Some.Seed(), Some.Seed(), since: new DateOnly(2025, 6, 1));

        changes.Since.ShouldBe(new DateOnly(2025, 6, 1));
        Texts.Date(changes.Since).ShouldBe("1 June 2025");
    }

    [Fact]
    public void Numbers_and_dates_follow_the_culture()
    {
        var german = new ChangeTexts(new FigureFormatter(CultureInfo.GetCultureInfo("de-DE")));
        var change = Only(SeedTo(j => Some.Indicator(j, "trade-volume-2024")["value"] = 245.5));

        german.Values(change).ShouldBe("USD 245 bn → USD 245,5 bn, +0,2 %");
        german.Date(new DateOnly(2025, 5, 8)).ShouldBe("8 Mai 2025");
    }

    [Fact]
    public void Comparing_the_same_editions_twice_gives_the_same_changes_in_the_same_order()
    {
        Action<JsonObject> later = j =>
        {
            Some.Indicator(j, "trade-volume-2024")["value"] = 260;
            Some.Indicator(j, "talks-duration")["value"] = 8;
            j["indicators"]!.AsArray().Remove(Some.Indicator(j, "cross-years-span"));
        };

        var first = SeedTo(later);
        var second = SeedTo(later);

        second.Indicators.Select(Texts.Summary).ShouldBe(first.Indicators.Select(Texts.Summary));
        first.Indicators.Select(Texts.Summary).ShouldBe(["7+ hours → 8+ hours, +14 %", "USD 245 bn → USD 260 bn, +6 %", "2 years"]);
    }

    [Fact]
    public void The_overview_counts_each_kind_of_change_in_one_sentence()
    {
        var changes = SeedTo(j =>
        {
            Some.Indicator(j, "trade-volume-2024")["value"] = 260;
            Some.Indicator(j, "talks-duration")["value"] = 8;
            j["indicators"]!.AsArray().Remove(Some.Indicator(j, "cross-years-span"));
            j["summary"]!["keyJudgements"]![0]!["text"] = "The meeting was long.";
            j["sources"]!.AsArray().Add(new JsonObject { ["id"] = "tass", ["title"] = "TASS report" });
            j["event"]!["date"] = "2025-05-09";
        });

        Texts.Overview(changes).ShouldBe("2 figures changed and 1 removed; 1 key judgement added and 1 removed; 1 source added; the event date moved from 8 May 2025 to 9 May 2025.");
        Texts.Overview(SeedTo(_ => { })).ShouldBe("Nothing changed: every figure, key judgement, agreement, quote and source is as it was.");
    }
}
