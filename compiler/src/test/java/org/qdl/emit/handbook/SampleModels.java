package org.qdl.emit.handbook;

import static org.qdl.emit.handbook.Models.*;

import java.util.List;
import java.util.Optional;
import org.qdl.model.Condition.Direction;
import org.qdl.model.Framework;
import org.qdl.model.Grading;
import org.qdl.model.Level;
import org.qdl.model.Qualification;
import org.qdl.model.Scale;
import org.qdl.model.Section;

/**
 * The five seed qualifications built by hand from their documents, abridged where the handbook does not care, for
 * tests that must not wait for the checker and the specs.
 */
final class SampleModels {
    private SampleModels() {
    }

    static List<Qualification> seeds() {
        return List.of(svq(), proqual(), ingots(), customer1st(), ipla());
    }

    /** City &amp; Guilds SVQ in Customer Service at SCQF Level 5 (4427-20), seed 002. */
    static Qualification svq() {
        return qualification("svq-customer-service-scqf5", "SVQ in Customer Service at SCQF Level 5")
                .source("specs/svq-customer-service-scqf5.qdl")
                .awardingBody("City & Guilds")
                .number("4427-20", "City & Guilds qualification number", false)
                .number("GL7R 45", "Qualification accreditation number", false)
                .framework("SCQF").level(scqf(5))
                .date("last-registration", "See Online Catalogue/Walled Garden for last dates", true)
                .date("last-certification", "See Online Catalogue/Walled Garden for last dates", true)
                .section(paragraph(Section.Kind.AIMS, "The SVQ in Customer Service at SCQF Level 5 qualification aims "
                        + "to build on or recognise good practice in customer service in any industry."))
                .section(new Section(Section.Kind.SECTION, Optional.of("Qualification structure"), bullets(
                        Section.Kind.SECTION, "Minimum of 7 units of which:", "Two units must be completed from Group A")
                        .items()))
                .section(bullets(Section.Kind.PROGRESSION, "On completion of this qualification candidates may "
                        + "progress into employment or to the following City & Guilds qualifications:",
                        "SVQ in Customer Service at SCQF level 6", "Customer Service Apprenticeship"))
                .section(paragraph(Section.Kind.ENTRY_REQUIREMENTS, "There are no formal entry requirements for "
                        + "candidates undertaking this qualification."))
                .group("A", "Group A: Mandatory Core Units – Customer Service Foundations",
                        svqUnit("450", "Communicate in a customer service environment (F1)", 4, 4),
                        svqUnit("551", "Deliver customer service within the rules (F2)", 5, 4))
                .group("B", "Group B: Optional Units – Impression and Image",
                        svqUnit("552", "Communicate effectively with customers (A3)", 5, 5),
                        unit203(),
                        svqUnit("553", "Promote additional services or products to customers (A5)", 5, 6),
                        svqUnit("554", "Process information about customers (A6)", 5, 5),
                        svqUnit("555", "Live up to the brand promise when delivering customer service (A7)", 5, 6),
                        svqUnit("556", "Make customer service personal (A8)", 5, 6),
                        svqUnit("557", "Go the extra mile in customer service (A9)", 5, 6),
                        svqUnit("209", "Deal with customers face to face (A10)", 5, 5),
                        svqUnit("210", "Deal with incoming telephone calls from customers (A11)", 5, 5),
                        svqUnit("558", "Make telephone calls to customers (A12)", 5, 6),
                        svqUnit("559", "Deal with customers using a social media platform (A19)", 5, 3))
                .group("C", "Group C: Optional Units – Delivery",
                        svqUnit("212", "Deliver reliable customer service (B2)", 5, 5),
                        svqUnit("213", "Deliver customer service on your customer's premises (B3)", 5, 5),
                        svqUnit("214", "Recognise diversity when delivering customer service (B4)", 5, 5),
                        svqUnit("215", "Deal with customers across a language divide (B5)", 5, 8),
                        svqUnit("560", "Use questioning techniques when delivering customer service (B6)", 5, 4),
                        svqUnit("561", "Deal with customers using bespoke software (B7)", 5, 5),
                        svqUnit("562", "Maintain customer service through effective handover (B8)", 5, 4),
                        svqUnit("563", "Deliver customer service in an environmentally friendly and sustainable way "
                                + "(B17)", 5, 3))
                .group("D", "Group D: Optional Units – Handling Problems",
                        svqUnit("564", "Resolve customer service problems (C3)", 5, 6),
                        svqUnit("565", "Deliver customer service to challenging customers (C4)", 5, 6),
                        svqUnit("610", "Monitor and solve customer service problems (C5)", 6, 6),
                        svqUnit("311", "Apply risk assessment to customer service (C6)", 7, 10),
                        svqUnit("710", "Process customer service complaints (C7)", 7, 6))
                .group("E", "Group E: Optional Units – Development and Improvement",
                        svqUnit("566", "Develop customer relationships (D1)", 5, 6),
                        svqUnit("222", "Support customer service improvements (D2)", 5, 5),
                        svqUnit("223", "Develop personal performance through delivering customer service (D3)", 5, 6),
                        svqUnit("224", "Support customers using on-line customer services (D4)", 5, 5),
                        svqUnit("225", "Buddy a colleague to develop their customer service skills (D5)", 5, 5),
                        svqUnit("567", "Develop your own customer service skills through individual learning (D6)", 5,
                                6),
                        svqUnit("227", "Support customers using self service technology (D7)", 5, 5))
                .rule(units(atLeast(7)))
                .rule(all("A"))
                .rule(units(plain(1)).from("B"))
                .rule(units(plain(1)).from("C"))
                .rule(units(plain(1)).from("D"))
                .rule(units(plain(1)).from("E"))
                .rule(units(plain(1)).further().fromAnyOf("B", "C", "D", "E"))
                .grading(new Grading(true, true, List.of(), Optional.empty()))
                .build();
    }

    private static UnitSpec svqUnit(String number, String title, int level, int credit) {
        return unit("4427-" + number, title).number(number, "Unit").level(scqf(level)).credit(credit);
    }

    private static UnitSpec unit203() {
        return svqUnit("203", "Give customers a positive impression of yourself and your organisation (A4)", 5, 5)
                .section(paragraph(Section.Kind.OVERVIEW, "Excellent customer service is provided by people who are "
                        + "good with people."))
                .performance("1", "Meet your organisation's standards of appearance and behaviour",
                        "1a", "greet your customer respectfully and in a friendly manner",
                        "1b", "communicate with your customer in a way that makes them feel valued and respected")
                .performance("2", "Respond appropriately to customers",
                        "2a", "respond promptly to a customer seeking help")
                .knowledge("a", "your organisation's standards for appearance and behaviour")
                .knowledge("b", "how to recognise when a customer is angry or confused")
                .section(bullets(Section.Kind.EVIDENCE, "Evidence may be supplied by:", "observation",
                        "witness testimony", "professional discussion"))
                .section(paragraph(Section.Kind.GUIDANCE, "Expectations: What the customer thinks they should "
                        + "experience or get."));
    }

    /** ProQual Level 2 Certificate in Principles of Customer Service (601/4768/4), seed 004. */
    static Qualification proqual() {
        Level two = rqf(2);
        return qualification("proqual-l2-principles-customer-service",
                "ProQual Level 2 Certificate in Principles of Customer Service")
                .source("specs/proqual-l2-principles-customer-service.qdl")
                .awardingBody("ProQual Awarding Body")
                .number("601/4768/4", "Ofqual qualification number", true)
                .framework("RQF").level(two).size("certificate").tqt(150).glh(135, 135).credit(15)
                .date("start", "2014-11-01", false)
                .section(paragraph(Section.Kind.ENTRY_REQUIREMENTS,
                        "There are no formal entry requirements for this qualification."))
                .group("mandatory", "Mandatory Units – complete all units",
                        unit("R/506/4854", "Understanding the organisation").level(two)
                                .learning("1", "Understand the factors that affect an organisation and the customer "
                                        + "service role",
                                        "1.1", "Describe the products and services of commercial, public and third "
                                                + "sector organisations",
                                        "1.2", "Describe the differences in customer service between commercial, "
                                                + "public and third sector organisations"),
                        unit("Y/506/4855", "Prepare to deliver excellent customer service").level(two)
                                .learning("1", "Understand the principles of customer service in an organisation",
                                        "1.1", "Describe the organisation's products and services"),
                        unit("K/503/0323", "Communication in the customer service role").level(two)
                                .learning("1", "Understand methods of communication with customers",
                                        "1.1", "Outline why different situations need different methods of "
                                                + "communication"))
                .rule(all("mandatory"))
                .grading(new Grading(true, false, List.of(otherwise("Pass")), Optional.empty()))
                .build();
    }

    static Scale nlsh() {
        return scale("nlsh", "INGOTs criterion judgement", "N", List.of("S", "H"),
                "N", "No evidence: the default setting",
                "L", "Some capability, but some help still required to meet the standard",
                "S", "Matches the criterion to its required specification",
                "H", "Performance that goes beyond the expected in at least some aspects");
    }

    /** INGOTs Unit 46 Developing Customer Service Skills (Entry 3), seed 001. */
    static Qualification ingots() {
        Level entry3 = level("Entry 3", 3, "RQF");
        Section guidance = paragraph(Section.Kind.GUIDANCE, "Candidates should be list three clear examples of good "
                + "service");
        Section evidence = paragraph(Section.Kind.EVIDENCE, "Documentation in portfolios, assessor observations.");
        return qualification("ingots-unit-46-customer-service-skills", "Unit 46 - Developing Customer Service Skills")
                .source("specs/ingots-unit-46-customer-service-skills.qdl")
                .awardingBody("INGOTs").framework("RQF").level(entry3).glh(40, 40)
                .scale(nlsh())
                .unit(unit("46", "Developing Customer Service Skills").level(entry3).glh(40)
                        .criterionScale(nlsh())
                        .achievedWhen(when(everyCriterion("S", Direction.OR_ABOVE)))
                        .section(paragraph(Section.Kind.OVERVIEW, "Developing customer service skills at Entry Level "
                                + "3 requires the candidate to understand the benefits to a company of good customer "
                                + "service."))
                        .criterion("1.1", "I can list three examples of good practice in customer service", guidance,
                                evidence)
                        .criterion("1.2", "I can give three reasons why good customer service is important for an "
                                + "organisation", evidence))
                .grading(new Grading(true, true, List.of(), Optional.empty()))
                .build();
    }

    static Scale passNyp() {
        return scale("pass-nyp", "Module assessment", "Not yet passed", List.of("Pass"),
                "Not yet passed", "", "Pass", "");
    }

    /** Customer 1st Award for Customer Service Professionals, seed 003. */
    static Qualification customer1st() {
        QualificationSpec q = qualification("customer1st-award-cs-professionals",
                "Award for Customer Service Professionals")
                .source("specs/customer1st-award-cs-professionals.qdl")
                .awardingBody("Customer 1st International")
                .section(paragraph(Section.Kind.ASSESSMENT, "Each module of the Award is assessed through a multiple "
                        + "choice assessment."))
                .section(titled("Grading", "There is no grade associated with achievement of the overall Award."));
        String[] titles = {"Introduction", "Basic concepts of customer service",
            "Developing relationships with your customers", "Customer service in different organisations",
            "Match features and benefits", "Communicate effectively", "Deliver service excellence through teamwork",
            "Systems for delivering service excellence", "Laws and codes of practice", "The you factor"};
        UnitSpec[] modules = new UnitSpec[titles.length];
        for (int i = 0; i < titles.length; i++) {
            modules[i] = unit("M" + (i + 1), titles[i]).kind("module").gradingScale(passNyp())
                    .criterion((i + 1) + ".1", "Set personal objectives.")
                    .section(bullets(Section.Kind.CONTENT, "", "Comprehensive course induction"));
        }
        return q.group("modules", "Modules", modules).rule(all("modules"))
                .grading(new Grading(true, true, List.of(), Optional.empty())).build();
    }

    static Scale rubric() {
        return scale("rubric", "iPLA rubric", "Does not meet", List.of("Meets", "Exceeds"),
                "Does not meet", "", "Approaches", "", "Meets", "", "Exceeds", "");
    }

    /** Competency-Based iPLA Guide: Customer Service, seed 000. */
    static Qualification ipla() {
        Framework ipla = new Framework("ipla", Optional.of("Empire State iPLA credit levels"),
                List.of("introductory", "advanced"), false);
        QualificationSpec q = qualification("ipla-customer-service", "Competency-Based iPLA Guide: Customer Service")
                .source("specs/ipla-customer-service.qdl")
                .framework(ipla)
                .section(paragraph(Section.Kind.OVERVIEW, "Credit is granted for successfully describing theoretical "
                        + "and practical knowledge related to the principles and skills of customer service."))
                .section(titled("How this handbook decides the credit level", "The guide leaves the choice between "
                        + "introductory and advanced credit to the evaluator. This project adopts a rule: advanced "
                        + "when every competency is graded Advanced (an assumption)."));
        String[] titles = {"Utilize communications skills in order to provide effective customer service",
            "Evaluate customer needs and employ appropriate solutions",
            "Apply negotiation techniques to resolve customer service issues",
            "Interpret customer service industry standards"};
        for (int i = 0; i < titles.length; i++) {
            q.unit(unit("C" + (i + 1), titles[i]).kind("competency").criterionScale(rubric())
                    .criterion("1", "Demonstrate effective listening skills to hear the customers' needs")
                    .criterion("2", "Convey solutions in a clear and respectful manner")
                    .achievedWhen(when(everyCriterion("Meets", Direction.OR_ABOVE)))
                    .grade(grade("Advanced", when(someCriteria(50, true, "Exceeds", Direction.EXACTLY))))
                    .grade(otherwise("Introductory")));
        }
        return q.rule(units(atLeast(4)))
                .grading(new Grading(true, false, List.of(
                        grade("Advanced", when(everyUnit("Advanced", Direction.EXACTLY))), otherwise("Introductory")),
                        Optional.empty()))
                .build();
    }
}
