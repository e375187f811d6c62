using Kwiga.Generator.Lint.Rules;

namespace Kwiga.Generator.Tests.Lint;

/// <summary>How strictly a conditional property's description must repeat its condition.</summary>
public sealed class ConditionMentionTests
{
    [Test]
    public void Exact_condition_in_other_case_and_punctuation_counts()
    {
        Assert.That(ConditionMention.Mentions(
            "Conditional: included when purchase counts are available; null when the offer has no sales limit.",
            "Included when purchase counts are available. Null when the offer has no sales limit."), Is.True);
    }

    [Test]
    public void Code_spans_must_all_appear_with_boolean_one_and_true_equivalent()
    {
        Assert.Multiple(() =>
        {
            Assert.That(ConditionMention.Mentions(
                "Orders. Conditional: included when `with_orders=1` is passed.",
                "Included when `with_orders=true` is passed (the docs use `with_orders=1`)."), Is.True);
            Assert.That(ConditionMention.Mentions(
                "Orders. Conditional: included when `with_offers=1` is passed.",
                "Included when `with_orders=true` is passed."), Is.False);
        });
    }

    [Test]
    public void Paraphrase_without_the_conditional_note_does_not_count()
    {
        Assert.That(ConditionMention.Mentions(
            "Included if purchase counts exist.",
            "Included when purchase counts are available."), Is.False);
    }

    [Test]
    public void Without_a_condition_text_the_note_alone_is_required()
    {
        Assert.Multiple(() =>
        {
            Assert.That(ConditionMention.Mentions("Conditional: only on the detail endpoint.", condition: null), Is.True);
            Assert.That(ConditionMention.Mentions("Only on the detail endpoint.", condition: null), Is.False);
        });
    }
}
