namespace KbSite.Matching;

public sealed class MessageAlignerTests
{
    private static MessageAlignment Align(string stored, string pasted) =>
        MessageAligner.Align(MessageTokenizer.Tokenize(stored), MessageTokenizer.Tokenize(pasted));

    [Fact]
    public void The_same_message_with_other_values_matches_fully_and_lists_the_values()
    {
        var a = Align("Link to EXCH01 at 10.0.0.1 failed with 0x80004005.", "Link to MAIL7 at 192.168.4.20 failed with 0x8007000E.");

        Assert.Equal(1.0, a.Score, 3);
        Assert.Equal([new SlotDifference("EXCH01", "MAIL7"), new SlotDifference("10.0.0.1", "192.168.4.20"), new SlotDifference("0x80004005", "0x8007000E")], a.Differences);
    }

    [Fact]
    public void Word_order_matters()
    {
        var inOrder = Align("queue full message rejected by transport", "queue full message rejected by transport");
        var shuffled = Align("queue full message rejected by transport", "transport rejected by message full queue");

        Assert.True(shuffled.Score < inOrder.Score - 0.3, $"{shuffled.Score:F3} vs {inOrder.Score:F3}");
    }

    [Fact]
    public void A_paste_cut_short_ranks_the_message_it_begins_above_one_that_holds_its_words_scattered()
    {
        const string paste = "Server [10 26 DB Server KERNEL 18] (13) connection";
        var begins = Align("Server [17 8 BASE IL KERNEL 138] (14) connection restore session user service client database folder transport backup database.", paste);
        var scattered = Align("Connection message queue [7 36 XAPI 182] (13) database server {35DBDC87-39D4-7AA1-0F17-5B05EC85C9BC} connection disk database.", paste);

        Assert.True(begins.Score > scattered.Score, $"{begins.Score:F3} vs {scattered.Score:F3}");
    }

    [Fact]
    public void A_whole_paste_prefers_the_stored_message_of_its_own_length()
    {
        const string paste = "The service failed to start.";
        var same = Align("The service failed to start.", paste);
        var longer = Align("The service failed to start because the logon account is disabled.", paste);

        Assert.True(same.Score > longer.Score, $"{same.Score:F3} vs {longer.Score:F3}");
    }

    [Fact]
    public void Differing_names_inside_a_message_line_up_as_values_do_and_cost_no_more_than_a_placeholder()
    {
        var a = Align("Session Humongous message file lost", "Session Litware message file lost");
        var placeholder = Align("Session <organization> message file lost", "Session Litware message file lost");

        Assert.Contains(new SlotDifference("Humongous", "Litware"), a.Differences);
        Assert.Equal(placeholder.Score, a.Score, 6);
        Assert.True(a.Score > Align("Session Humongous message file lost", "Session Litware message disk lost").Score);
    }

    [Fact]
    public void Differing_ordinary_words_do_not_line_up()
    {
        var a = Align("the queue is full", "the queue is empty");

        Assert.Empty(a.Differences);
        Assert.Equal(SegmentState.Unmatched, a.Pasted[^1].State);
    }

    [Fact]
    public void A_value_of_another_kind_explains_less_than_one_of_the_same_kind()
    {
        var sameKind = Align("Cannot reach 10.0.0.1 now", "Cannot reach 10.9.9.9 now");
        var otherKind = Align("Cannot reach 10.0.0.1 now", "Cannot reach {6B29FC40-CA47-1067-B31D-00DD010662DA} now");

        Assert.True(otherKind.Score < sameKind.Score, $"{otherKind.Score:F3} vs {sameKind.Score:F3}");
    }

    [Fact]
    public void A_last_word_cut_in_the_middle_still_counts()
    {
        var a = Align("Database file mail service stopped", "Database file mail servi");

        Assert.Equal(SegmentState.Same, a.Pasted[^1].State);
        Assert.Empty(a.Differences);
        Assert.InRange(a.PasteCoverage, 0.9, 0.99);
    }
}
