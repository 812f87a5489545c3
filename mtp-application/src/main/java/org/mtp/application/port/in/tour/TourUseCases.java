package org.mtp.application.port.in.tour;

import java.util.List;
import org.mtp.application.port.in.common.Actor;
import org.mtp.application.port.in.common.Change;
import org.mtp.application.port.out.page.Page;
import org.mtp.application.port.out.page.PageRequest;
import org.mtp.domain.common.Require;
import org.mtp.domain.sequence.SequenceId;
import org.mtp.domain.tag.Tags;
import org.mtp.domain.tour.TourDetails;
import org.mtp.domain.tour.TourId;
import org.mtp.domain.user.UserId;
import org.mtp.domain.user.Username;

/** The tour use cases, one interface per verb. */
public final class TourUseCases {

  private TourUseCases() {}

  /** Use case: create a tour, optionally with its first ordered sequences. */
  public interface CreateTour {
    TourView create(CreateCommand command);
  }

  /** What the new tour is called and holds. */
  public record CreateCommand(UserId actor, TourDetails details, List<SequenceId> sequences) {
    public CreateCommand {
      Actor.require(actor);
      Require.notNull("details", details);
      sequences = sequences == null ? List.of() : List.copyOf(sequences);
    }
  }

  /** Use case: the owner edits a tour's name, description and tags (a partial update). */
  public interface EditTour {
    TourView edit(EditCommand command);
  }

  /** Kept fields stay; a set null description clears it. */
  public record EditCommand(UserId actor, TourId tour, Change<String> name, Change<String> description,
      Change<Tags> tags) {
    public EditCommand {
      Actor.require(actor);
      Require.notNull("unique_id", tour);
      Require.notNull("name", name);
      Require.notNull("description", description);
      Require.notNull("tags", tags);
    }
  }

  /** Use case: the owner deletes a tour (its likes go with it; its sequences stay). */
  public interface DeleteTour {
    void delete(UserId actor, TourId tour);
  }

  /** Use case: the owner replaces the whole ordered list of sequences at once. */
  public interface ReplaceTourSequences {
    TourView replace(UserId actor, TourId tour, List<SequenceId> sequences);
  }

  /** Use case: the owner puts the current sequences in a new order (a permutation). */
  public interface ReorderTour {
    TourView reorder(UserId actor, TourId tour, List<SequenceId> order);
  }

  /** Use case: the owner appends one of their published sequences. */
  public interface AddToTour {
    TourView add(UserId actor, TourId tour, SequenceId sequence);
  }

  /** Use case: the owner takes a sequence out of the tour. */
  public interface RemoveFromTour {
    TourView remove(UserId actor, TourId tour, SequenceId sequence);
  }

  /** Use case: read one tour with its sequences in order. */
  public interface GetTour {
    TourView get(TourId tour);
  }

  /** Use case: list tours newest first, optionally one user's. */
  public interface ListTours {
    Page<TourView> list(Username owner, PageRequest page);
  }
}
