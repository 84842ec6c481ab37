//! What a click or a key can land on in the timeline's markup.

use crate::hit::hit_codec;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimelineHit {
    /// An item (by index into the items): on the chart, in the list or a cluster's list.
    Item(usize),
    /// A cluster of the current layout: opens or closes its list.
    Cluster(usize),
    ZoomIn,
    ZoomOut,
    /// Pan by one step: earlier (-1) or later (+1).
    Pan(i8),
    ShowAll,
    /// Back to the default window: the span of the rounds.
    ShowRounds,
    CloseCluster,
    CloseDetail,
}

hit_codec! {
    TimelineHit {
        "item"(i) => [Self::Item(i)],
        "cluster"(i) => [Self::Cluster(i)],
        "zoom-in" => [Self::ZoomIn],
        "zoom-out" => [Self::ZoomOut],
        "earlier" => [Self::Pan(-1)] when [Self::Pan(d) if d < 0],
        "later" => [Self::Pan(1)] when [Self::Pan(_)],
        "show-all" => [Self::ShowAll],
        "show-rounds" => [Self::ShowRounds],
        "close-cluster" => [Self::CloseCluster],
        "close-detail" => [Self::CloseDetail],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hit::Hit;

    #[test]
    fn any_step_back_is_earlier_and_any_other_later() {
        assert_eq!(TimelineHit::Pan(-3).encode(), "earlier");
        assert_eq!(TimelineHit::Pan(2).encode(), "later");
        assert_eq!(TimelineHit::decode("earlier"), Some(TimelineHit::Pan(-1)));
    }
}
