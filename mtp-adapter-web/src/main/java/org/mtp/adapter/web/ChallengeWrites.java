package org.mtp.adapter.web;

import org.mtp.application.port.in.challenge.CreateChallengeUseCase;
import org.mtp.application.port.in.challenge.DeleteChallengeUseCase;
import org.mtp.application.port.in.challenge.EditChallengeUseCase;

/** The use cases behind the pages that create, edit and delete challenges, handed to the web app together. */
public record ChallengeWrites(
        CreateChallengeUseCase create, EditChallengeUseCase edit, DeleteChallengeUseCase delete) {}
