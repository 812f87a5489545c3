package org.mtp.adapter.web.tour;

/** The confirmation page before a tour is deleted: its name, where the deletion posts, the way back, the form token. */
public record TourDeleteModel(String name, String action, String cancelUrl, String csrf) {}
