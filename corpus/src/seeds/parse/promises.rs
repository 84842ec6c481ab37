//! Checking the promises tracker's lists (issue 22): `provisions.toml`, the kinds of
//! step a deal promises, and `agreements.toml`, the deals with their place and date.
//!
//! Both files are optional: one a folder lacks reads as empty (`SeedFiles` leaves it
//! out), and the corpus then tracks no promises.

use super::checker::Checker;
use super::raw::{AgreementsFile, ProvisionsFile, RawAgreement};
use crate::date::PartialDate;
use crate::model::{Agreement, Provision};
use crate::seeds::{AGREEMENTS, PROVISIONS, SeedError, SeedFiles};
use std::collections::HashMap;

/// The provisions and, parallel to them, the phrases that name each one's step.
pub(super) fn parse_provisions(
    seeds: &SeedFiles,
    errors: &mut Vec<SeedError>,
) -> (Vec<Provision>, Vec<Vec<String>>) {
    let mut c = Checker::new(seeds, PROVISIONS, errors);
    let raws = c
        .parse::<ProvisionsFile>()
        .map(|f| f.provision)
        .unwrap_or_default();
    c.phrase_entries(raws, "provision", |raw| {
        let provision = Provision {
            id: raw.id.into_inner(),
            label: raw.label,
        };
        (provision, raw.phrases.into_inner())
    })
    .into_iter()
    .unzip()
}

/// The agreements of `agreements.toml`, in date order (a stable sort, so two deals
/// of one month keep the file's order), with their phrases and their venues (the
/// place first), parallel to them.
pub(super) struct Agreements {
    pub(super) agreements: Vec<Agreement>,
    pub(super) phrases: Vec<Vec<String>>,
    pub(super) venues: Vec<Vec<String>>,
}

pub(super) fn parse_agreements(seeds: &SeedFiles, errors: &mut Vec<SeedError>) -> Agreements {
    let mut c = Checker::new(seeds, AGREEMENTS, errors);
    let raws = c
        .parse::<AgreementsFile>()
        .map(|f| f.agreement)
        .unwrap_or_default();
    let mut ids = HashMap::new();
    let mut built: Vec<(Agreement, Vec<String>, Vec<String>)> = raws
        .into_iter()
        .map(|raw| {
            c.id(&raw.id, &mut ids, "agreement");
            c.phrases(&raw.phrases, raw.id.get_ref());
            let date = c.date(&raw.date).unwrap_or(PartialDate::year(1970));
            if raw.place.trim().is_empty() {
                c.at(
                    raw.id.span().start,
                    format!("agreement {} has no place", raw.id.get_ref()),
                );
            }
            build(raw, date)
        })
        .collect();
    built.sort_by_key(|(a, _, _)| a.date.first_day());
    let mut out = Agreements {
        agreements: Vec::new(),
        phrases: Vec::new(),
        venues: Vec::new(),
    };
    for (agreement, phrases, venues) in built {
        out.agreements.push(agreement);
        out.phrases.push(phrases);
        out.venues.push(venues);
    }
    out
}

fn build(raw: RawAgreement, date: PartialDate) -> (Agreement, Vec<String>, Vec<String>) {
    let mut venues = vec![raw.place.clone()];
    venues.extend(raw.venues.into_iter().filter(|v| !v.trim().is_empty()));
    let agreement = Agreement {
        id: raw.id.into_inner(),
        label: raw.label,
        place: raw.place,
        date,
    };
    (agreement, raw.phrases.into_inner(), venues)
}
