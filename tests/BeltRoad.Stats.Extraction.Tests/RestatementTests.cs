using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Extraction.Tests;

public class RestatementTests
{
    [Fact]
    public void A_bilingual_page_states_each_figure_once_with_the_translation_among_its_occurrences()
    {
        const string text = "汉班托塔港2023年滚装业务\n"
            + "2023年，汉班托塔港完成滚装车辆作业70.6万辆，同比增长26.5%。\n"
            + "In 2023, the port handled 706,000 RORO vehicle units, up 26.5% year on year.";

        var facts = Documents.Facts(text);

        Assert.Single(facts, f => f.Value == 706000m);
        var growth = Assert.Single(facts, f => f.Value == 26.5m);
        Assert.Equal(2, growth.Occurrences.Count);
        Assert.True(growth.Span.End < text.LastIndexOf('\n'));
    }

    [Fact]
    public void A_headline_figure_stated_again_in_the_body_is_one_fact_quoted_at_the_headline()
    {
        const string text = "Whoosh carries 5.79 million passengers in first year of operation\n\n"
            + "JAKARTA, Oct. 17 (Xinhua) -- The Jakarta-Bandung High-Speed Railway had carried 5.79 million passengers as of Wednesday.";

        var fact = Documents.Single(text, 5790000m);

        Assert.Equal(2, fact.Occurrences.Count);
        Assert.True(fact.Span.End < text.IndexOf('\n'));
    }

    [Fact]
    public void A_headline_floor_stated_with_the_other_floor_word_is_two_facts_the_headline_dated_by_the_body()
    {
        // 破 (at least) in the headline, 超过 (more than) in the body: as firm as each other's words, so two statements,
        // but the headline states no date and the body's is its date (as for a restatement with the same word).
        const string text = "中欧班列累计开行破5.7万列\n\n截至今年7月底，中欧班列累计开行已超过5.7万列。此前曾打破3项纪录，运价一度跌破2000美元。";

        var facts = Documents.Facts(text, PeriodPoint.OfDay(2022, 8, 18));

        var headline = Assert.Single(facts, f => f.Value == 57000m && f.Qualifier == Qualifier.AtLeast);
        var body = Assert.Single(facts, f => f.Value == 57000m && f.Qualifier == Qualifier.MoreThan);
        Assert.Equal(body.AsOf, headline.AsOf);
        Assert.Equal("2022-07-31", headline.AsOf?.ToString());
        Assert.Equal(Qualifier.Exact, Assert.Single(facts, f => f.Value == 3m).Qualifier);
        Assert.Equal(Qualifier.UpTo, Assert.Single(facts, f => f.Value == 2000m).Qualifier); // 跌破: fell below, no floor
    }

    [Fact]
    public void The_same_value_twice_in_the_body_of_an_untitled_figure_stays_two_facts()
    {
        const string text = "Port traffic report\n\nIn 2022 the port handled 1.2 million TEUs. In 2023 it handled 1.2 million TEUs again.";

        Assert.Equal(2, Documents.Facts(text).Count(f => f.Value == 1200000m && f.Unit == Unit.TEU));
    }

    [Fact]
    public void A_distinctive_amount_stated_again_in_other_words_is_one_fact()
    {
        const string text = "Lending report\n\nChinese lenders committed US$4.61 billion in 2023 across 13 loans.\n\n"
            + "The dataset's 2023 table shows the total again.\n\nLender | Amount\nTotal | $4,610m";

        var fact = Documents.Single(text, 4610000000m);

        Assert.Equal(2, fact.Occurrences.Count);
    }

    [Fact]
    public void A_three_digit_count_of_countries_stated_twice_for_two_things_stays_two_facts()
    {
        const string text = "合作综述\n\n截至2023年6月底，该银行已有106个成员。\n\n该技术已在106个国家推广。";

        Assert.Equal(2, Documents.Facts(text).Count(f => f.Value == 106m && f.Unit == Unit.Countries));
    }

    [Fact]
    public void An_english_first_bilingual_page_states_each_figure_once_quoted_in_english()
    {
        // An English line that ends without a full stop is not a sentence broken into the Chinese line after it.
        const string text = "园区建设五年回顾\n\n"
            + "Five years on, the park hosts 46 companies and employs more than 12,000 local workers\n\n"
            + "五年来，园区已入驻企业46家，雇用当地员工1.2万多人。";

        var facts = Documents.Facts(text);

        var workers = Assert.Single(facts, f => f.Value == 12000m);
        Assert.Equal(2, workers.Occurrences.Count);
        Assert.True(workers.Span.End < text.LastIndexOf('\n'));
        Assert.Single(facts, f => f.Value == 46m);
    }

    [Fact]
    public void The_same_rate_in_two_respectively_lists_stays_two_facts()
    {
        const string text = "中欧班列上半年运行情况\n\n2024年上半年，中欧班列去程开行3100列、发送30万标箱，同比分别增长12%、20%；回程开行2900列、发送28万标箱，同比分别增长12%、18%。";

        Assert.Equal(2, Documents.Facts(text).Count(f => f.Value == 12m));
    }
}
