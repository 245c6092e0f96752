package io.aftercert.core.scoring;

import io.aftercert.core.Ratio;
import io.aftercert.core.Text;

/**
 * Points an indicator lost and what full credit on it would add to the final score.
 *
 * @param code       indicator code
 * @param title      its title
 * @param status     assessed or not_assessed
 * @param pointsLost applicable − earned
 * @param scoreGain  the rise of the final score if it reached full credit (renormalisation and
 *                   the [0, 100] cap included)
 *
 * @since 1.0
 */
public record Gap(String code, Text title, Status status, Ratio pointsLost, Ratio scoreGain) {
}
