package io.aftercert.core.json;

import org.jspecify.annotations.Nullable;
import io.aftercert.core.internal.json.JsonNumbers;
import com.fasterxml.jackson.core.JacksonException;
import io.aftercert.core.InvalidInputException;
import io.aftercert.core.Problem;
import io.aftercert.core.Ratio;
import io.aftercert.core.internal.json.JsonProblems;
import io.aftercert.core.model.Rubric;
import io.aftercert.core.scoring.AssessmentResult;
import io.aftercert.core.scoring.GroupResult;
import io.aftercert.core.scoring.IndicatorResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Result JSON (architecture §6): written and read back without loss. Every number is a JSON number; an
 * inexact one has its exact {@code <field>Exact} sibling ({@link JsonNumbers}), which reading prefers,
 * so exact values round-trip. Schema: {@value #SCHEMA_RESOURCE}.
 *
 * @since 1.0
 */
public final class ResultJson {
    /** Classpath resource of the JSON Schema for result files. */
    public static final String SCHEMA_RESOURCE = "/io/aftercert/core/schema/result.schema.json";

    private ResultJson() {
    }

    /**
     * Writes the result JSON (architecture §6), numbers as {@link JsonNumbers} says.
     *
     * @param result the result
     * @return the document as UTF-8 JSON
     */
    public static byte[] write(AssessmentResult result) {
        try {
            return Json.mapper().writeValueAsBytes(result);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@link #write} as text.
     *
     * @param result the result
     * @return the document
     */
    public static String writeString(AssessmentResult result) {
        return new String(write(result), java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * Reads a result file back, exactly: every {@code <field>Exact} sibling gives its field's value.
     *
     * @param json the file's bytes
     * @param file the file name used in problems
     * @return the result, equal to the one written
     * @throws InvalidInputException naming the file and JSON path when it is not a result
     */
    public static AssessmentResult read(byte[] json, String file) {
        try {
            // the strict tree reader keeps decimals exact (0.0 stays 0.0), then each x/xExact pair folds into x
            com.fasterxml.jackson.databind.JsonNode tree = Json.readTree(json);
            return Json.mapper().treeToValue(JsonNumbers.foldExact(tree), AssessmentResult.class);
        } catch (JacksonException e) {
            throw JsonProblems.invalid(io.aftercert.core.Text.of("结果文件 " + file + " 有误", "invalid result file " + file), file, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a result file back and checks it against its rubric ({@link #check}): a hand-edited
     * result whose figures no scoring could give is refused with every problem listed.
     *
     * @param json    the file's bytes
     * @param file    the file name used in problems
     * @param rubrics the installed rubrics by id
     * @return the result
     * @throws InvalidInputException naming the file and JSON paths when it is not a result, or not one its rubric gives
     */
    public static AssessmentResult readChecked(byte[] json, String file, java.util.function.Function<String, java.util.Optional<Rubric>> rubrics) {
        AssessmentResult r = read(json, file);
        Rubric rubric = r.rubric() == null || r.rubric().id() == null ? null : rubrics.apply(r.rubric().id()).orElse(null);
        List<Problem> problems = check(r, rubric, file);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(io.aftercert.core.Text.of("结果文件 " + file + " 被手工改动过：其中的数字不是其评分标准算出的结果",
                    "the result file " + file + " was changed by hand: its figures are not what its rubric gives"), problems);
        }
        return r;
    }

    /**
     * What is wrong with a result read back: an unknown rubric or schema version, indicator or
     * group codes the rubric does not have (or twice), earned points outside 0…applicable…maximum,
     * totals that are not the sums of the indicators, a score, final score or grade that does not
     * follow from them. The grade is checked against the rubric's scale when the result was
     * scored without a tailoring (a tailoring may change the scale).
     *
     * @param r      the result
     * @param rubric the installed rubric of its id, or null when there is none
     * @param file   the file name used in problems
     * @return the problems, empty when the result is consistent
     */
    public static List<Problem> check(AssessmentResult r, @Nullable Rubric rubric, String file) {
        return new ResultCheck(file).check(r, rubric);
    }

    /** The checks of {@link #check}, collecting problems. */
    private static final class ResultCheck {
        /** Problems listed; a file edited throughout gets the first ones and a last line saying there are more. */
        private static final int MAX_PROBLEMS = 20;
        private final String file;
        private final List<Problem> problems = new java.util.ArrayList<>();

        ResultCheck(String file) {
            this.file = file;
        }

        List<Problem> check(AssessmentResult r, Rubric rubric) {
            if (r.schemaVersion() != AssessmentResult.SCHEMA_VERSION) {
                add("$.schemaVersion", null, "文件版本（schemaVersion）应为 " + AssessmentResult.SCHEMA_VERSION + "（本软件读取的结果文件版本），不能是 "
                        + r.schemaVersion(), "schemaVersion must be " + AssessmentResult.SCHEMA_VERSION + " (the result version this SDK reads), not "
                        + r.schemaVersion());
            }
            if (rubric == null) {
                add("$.rubric.id", null, "未安装评分标准“" + (r.rubric() == null ? null : r.rubric().id()) + "”", "no installed rubric is called '" + (r.rubric() == null ? null : r.rubric().id()) + "'");
                return problems;
            }
            Ratio[] sums = indicators(r.indicators(), rubric);
            groups(r.groups(), rubric);
            Ratio score = totals(r, sums);
            Ratio finalScore = finalScore(r, score);
            boolean sameScale = r.rubric().tailoring() == null && rubric.tailoring() == null;
            if (finalScore != null && sameScale && rubric.gradeScale() != null) grade(r, rubric, finalScore);
            return problems;
        }

        /** Checks each indicator; returns the sums of earned and applicable points (null after a missing figure). */
        private Ratio[] indicators(List<IndicatorResult> list, Rubric rubric) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            Ratio earned = Ratio.ZERO;
            Ratio applicable = Ratio.ZERO;
            for (int k = 0; k < list.size(); k++) {
                IndicatorResult i = list.get(k);
                String at = "$.indicators[" + k + "]";
                if (i.code() == null || rubric.indicator(i.code()).filter(x -> x.isLeaf()).isEmpty()) {
                    add(at + ".code", i.code(), rubric.id() + " 中没有条款 " + i.code(), rubric.id() + " has no item " + i.code());
                } else if (!seen.add(i.code())) {
                    add(at + ".code", i.code(), "条款 " + i.code() + " 列出了两次", "the item " + i.code() + " is listed twice");
                }
                if (!ordered(at, i.code(), i.earned(), i.applicable(), i.max()) || earned == null) {
                    earned = null;
                    continue;
                }
                earned = earned.plus(i.earned());
                applicable = applicable.plus(i.applicable());
                if (i.credit() != null && !i.credit().isBetween(Ratio.ZERO, Ratio.ONE)) {
                    add(at + ".credit", i.code(), "得分率（credit）" + i.credit().toBigDecimal(4, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString()
                            + " 不在 0 至 1 之间", "credit " + i.credit().toBigDecimal(4, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString()
                            + " is outside 0…1");
                }
            }
            return earned == null ? null : new Ratio[] {earned, applicable};
        }

        private void groups(List<GroupResult> list, Rubric rubric) {
            for (int k = 0; k < list.size(); k++) {
                GroupResult g = list.get(k);
                String at = "$.groups[" + k + "]";
                if (g.code() == null || rubric.indicator(g.code()).isEmpty()) add(at + ".code", g.code(), rubric.id() + " 中没有条款组 " + g.code(), rubric.id() + " has no group " + g.code());
                ordered(at, g.code(), g.earned(), g.applicable(), g.max());
            }
        }

        /** The score the totals give, after checking the totals against the indicators' sums; null when a figure is missing. */
        private Ratio totals(AssessmentResult r, Ratio[] sums) {
            var t = r.totals();
            if (t == null) {
                add("$.totals", null, "缺少合计（totals）", "the totals are missing");
                return null;
            }
            if (!ordered("$.totals", null, t.earned(), t.applicable(), t.max()) || sums == null) return null;
            if (!t.earned().equals(sums[0])) add("$.totals.earned", null, "合计得分为 " + show(t.earned()) + "，而各条款得分之和为 " + show(sums[0]), "the total earned is " + show(t.earned()) + ", but the items earn " + show(sums[0]));
            if (!t.applicable().equals(sums[1])) {
                add("$.totals.applicable", null, "合计适用分值为 " + show(t.applicable()) + "，而各条款适用分值之和为 " + show(sums[1]),
                        "the total applicable is " + show(t.applicable()) + ", but the items' applicable points add up to " + show(sums[1]));
            }
            Ratio score = t.applicable().isZero() ? Ratio.ZERO : t.earned().dividedBy(t.applicable()).times(Ratio.HUNDRED);
            if (r.score() == null) add("$.score", null, "缺少条款得分（score）", "the score is missing");
            else if (!r.score().equals(score)) add("$.score", null, "条款得分为 " + show(r.score()) + "，而合计算出 " + show(score), "the score is " + show(r.score()) + ", but the totals give " + show(score));
            return score;
        }

        /** The final score (score + bonus − deductions, within 0…100), after checking the recorded one; null when a figure is missing. */
        private Ratio finalScore(AssessmentResult r, Ratio score) {
            if (score == null || !nonNegative("$.bonus", r.bonus()) || !nonNegative("$.deductions", r.deductions())) return null;
            Ratio expected = score.plus(r.bonus()).minus(r.deductions()).clamp(Ratio.ZERO, Ratio.HUNDRED);
            if (r.finalScore() == null) {
                add("$.finalScore", null, "缺少最终得分（finalScore）", "the final score is missing");
            } else if (!r.finalScore().equals(expected)) {
                add("$.finalScore", null, "最终得分为 " + show(r.finalScore()) + "，而条款得分 + 加分 − 扣分为 " + show(expected), "the final score is " + show(r.finalScore()) + ", but score + bonus − deductions is " + show(expected));
            }
            return expected;
        }

        private void grade(AssessmentResult r, Rubric rubric, Ratio finalScore) {
            String byScore = rubric.gradeScale().gradeFor(finalScore).map(g -> g.id()).orElse(io.aftercert.core.model.Grade.NONE_ID);
            String recorded = r.gradeByScore() == null ? null : r.gradeByScore().id();
            if (!byScore.equals(recorded)) {
                add("$.gradeByScore", null, "按分数的等级为 " + recorded + "，而最终得分 " + show(finalScore) + " 对应 " + byScore, "the grade by score is " + recorded + ", but a final score of " + show(finalScore) + " gives " + byScore);
            }
            String grade = r.grade() == null ? null : r.grade().id();
            if (grade == null || !(grade.equals(byScore) || grade.equals(io.aftercert.core.model.Grade.NONE_ID))) {
                add("$.grade", null, "等级为 " + grade + "，而最终得分 " + show(finalScore) + " 对应 " + byScore, "the grade is " + grade + ", but a final score of " + show(finalScore) + " gives " + byScore);
            }
        }

        /** 0 ≤ earned ≤ applicable ≤ max, each present; false (with a problem) otherwise. */
        private boolean ordered(String at, String code, Ratio earned, Ratio applicable, Ratio max) {
            if (earned == null || applicable == null || max == null) {
                add(at, code, "得分、适用分值和满分都须给出", "earned, applicable and max points are all needed");
                return false;
            }
            boolean ok = true;
            if (earned.signum() < 0 || earned.compareTo(applicable) > 0) {
                add(at + ".earned", code, "得分 " + show(earned) + " 不在 0 至 " + show(applicable) + "（适用分值）之间", "earned " + show(earned) + " is outside 0…" + show(applicable) + " (its applicable points)");
                ok = false;
            }
            if (applicable.signum() < 0 || applicable.compareTo(max) > 0) {
                add(at + ".applicable", code, "适用分值 " + show(applicable) + " 不在 0 至 " + show(max) + "（满分）之间", "applicable " + show(applicable) + " is outside 0…" + show(max) + " (its maximum)");
                ok = false;
            }
            return ok;
        }

        private boolean nonNegative(String at, Ratio v) {
            if (v == null) {
                add(at, null, "缺少此数字", "the figure is missing");
                return false;
            }
            if (v.signum() < 0) {
                add(at, null, show(v) + " 为负数", show(v) + " is negative");
                return false;
            }
            return true;
        }

        private void add(String path, String code, String zh, String en) {
            if (problems.size() < MAX_PROBLEMS) problems.add(Problem.of(file, path, code, zh, en));
            else if (problems.size() == MAX_PROBLEMS) problems.add(Problem.of(file, null, null, "还有更多同类问题", "and more problems like these"));
        }

        private static String show(Ratio v) {
            return v.toBigDecimal(2, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
        }
    }
}
