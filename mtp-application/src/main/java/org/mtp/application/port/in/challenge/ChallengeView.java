package org.mtp.application.port.in.challenge;

import org.mtp.domain.challenge.Challenge;
import org.mtp.domain.challenge.ChallengeStatus;
import org.mtp.domain.user.Username;

/** A challenge as one reads it: the aggregate, its owner's name and its status now. */
public record ChallengeView(Challenge challenge, Username ownerName, ChallengeStatus status) {}
