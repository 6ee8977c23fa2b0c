package org.docket.training.corpus;

import java.util.List;

/** The taxonomy's 18 services in taxonomy.yml order, and what a letter-writer calls each department. */
final class Departments {

    static final List<String> IDS = List.of("council-tax", "business-rates", "benefits", "housing-repairs",
            "housing-needs", "planning", "highways", "parking", "waste", "environmental-health", "licensing",
            "adult-social-care", "childrens-services", "education", "information-request", "complaints",
            "electoral-services", "accounts-payable");

    private Departments() {
    }

    static String name(String category, boolean welsh) {
        return switch (category) {
            case "council-tax" -> welsh ? "Adran Treth y Cyngor" : "Council Tax Section";
            case "business-rates" -> welsh ? "Ardrethi Busnes" : "Business Rates";
            case "benefits" -> welsh ? "Adran Budd-daliadau" : "Benefits Section";
            case "housing-repairs" -> welsh ? "Atgyweirio Tai" : "Housing Repairs";
            case "housing-needs" -> welsh ? "Opsiynau Tai" : "Housing Options";
            case "planning" -> welsh ? "Rheoli Datblygu" : "Development Management";
            case "highways" -> welsh ? "Adran Priffyrdd" : "Highways Department";
            case "parking" -> welsh ? "Gwasanaethau Parcio" : "Parking Services";
            case "waste" -> welsh ? "Gwastraff ac Ailgylchu" : "Waste and Recycling";
            case "environmental-health" -> welsh ? "Iechyd yr Amgylchedd" : "Environmental Health";
            case "licensing" -> welsh ? "Tîm Trwyddedu" : "Licensing Team";
            case "adult-social-care" -> welsh ? "Gofal Cymdeithasol Oedolion" : "Adult Social Care";
            case "childrens-services" -> welsh ? "Gwasanaethau Plant" : "Children's Services";
            case "education" -> welsh ? "Derbyniadau Ysgol" : "School Admissions";
            case "information-request" -> welsh ? "Llywodraethu Gwybodaeth" : "Information Governance";
            case "complaints" -> welsh ? "Tîm Cwynion" : "Complaints Team";
            case "electoral-services" -> welsh ? "Gwasanaethau Etholiadol" : "Electoral Services";
            case "accounts-payable" -> welsh ? "Cyfrifon Taladwy" : "Accounts Payable";
            default -> throw new IllegalArgumentException("unknown category: " + category);
        };
    }
}
