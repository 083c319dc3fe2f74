package org.talentbridge.bot.knowledge.internal;

import java.util.List;

/**
 * A small logistic regression: standardised features, fitted by Newton's method with a little L2
 * shrinkage (a few dozen features and a few thousand samples converge in about ten steps, in
 * milliseconds).
 */
final class LogisticRegression {

	private static final int MAX_STEPS = 25;

	private static final double L2 = 1e-4;

	private final double[] mean;

	private final double[] scale;

	/** The bias first, then one weight per feature. */
	private final double[] weights;

	private LogisticRegression(double[] mean, double[] scale, double[] weights) {
		this.mean = mean;
		this.scale = scale;
		this.weights = weights;
	}

	static LogisticRegression train(List<double[]> features, List<Boolean> labels) {
		int n = features.size();
		int d = features.get(0).length;
		double[] mean = new double[d];
		double[] scale = new double[d];
		for (double[] x : features) {
			for (int j = 0; j < d; j++) {
				mean[j] += x[j] / n;
			}
		}
		for (double[] x : features) {
			for (int j = 0; j < d; j++) {
				scale[j] += (x[j] - mean[j]) * (x[j] - mean[j]) / n;
			}
		}
		for (int j = 0; j < d; j++) {
			scale[j] = (scale[j] > 1e-12) ? Math.sqrt(scale[j]) : 1;
		}
		int k = d + 1;
		double[][] z = new double[n][k];
		for (int i = 0; i < n; i++) {
			z[i][0] = 1;
			for (int j = 0; j < d; j++) {
				z[i][j + 1] = (features.get(i)[j] - mean[j]) / scale[j];
			}
		}
		double[] w = new double[k];
		for (int step = 0; step < MAX_STEPS; step++) {
			double[] gradient = new double[k];
			double[][] hessian = new double[k][k];
			for (int i = 0; i < n; i++) {
				double p = sigmoid(dot(w, z[i]));
				double error = p - (labels.get(i) ? 1 : 0);
				double curvature = Math.max(p * (1 - p), 1e-9);
				for (int a = 0; a < k; a++) {
					gradient[a] += error * z[i][a];
					double za = curvature * z[i][a];
					for (int b = 0; b <= a; b++) {
						hessian[a][b] += za * z[i][b];
					}
				}
			}
			for (int a = 0; a < k; a++) {
				for (int b = 0; b < a; b++) {
					hessian[b][a] = hessian[a][b];
				}
				if (a > 0) {
					// The bias is not shrunk.
					gradient[a] += L2 * n * w[a];
					hessian[a][a] += L2 * n;
				}
			}
			double[] delta = solve(hessian, gradient);
			double change = 0;
			for (int a = 0; a < k; a++) {
				w[a] -= delta[a];
				change = Math.max(change, Math.abs(delta[a]));
			}
			if (change < 1e-6) {
				break;
			}
		}
		return new LogisticRegression(mean, scale, w);
	}

	double probability(double[] x) {
		double sum = this.weights[0];
		for (int j = 0; j < x.length; j++) {
			sum += this.weights[j + 1] * (x[j] - this.mean[j]) / this.scale[j];
		}
		return sigmoid(sum);
	}

	int features() {
		return this.mean.length;
	}

	/** Means, scales and weights as one line of numbers, exactly as trained. */
	String encode() {
		StringBuilder out = new StringBuilder();
		for (double[] part : new double[][] { this.mean, this.scale, this.weights }) {
			for (double value : part) {
				out.append(Long.toHexString(Double.doubleToRawLongBits(value))).append(' ');
			}
			out.append('|');
		}
		return out.toString();
	}

	/** The model {@link #encode()} wrote; an {@link IllegalArgumentException} for anything else. */
	static LogisticRegression decode(String encoded) {
		String[] parts = encoded.split("\\|", -1);
		if (parts.length != 4) {
			throw new IllegalArgumentException("not an encoded model");
		}
		double[][] arrays = new double[3][];
		for (int i = 0; i < 3; i++) {
			String part = parts[i].trim();
			String[] numbers = part.isEmpty() ? new String[0] : part.split(" ");
			arrays[i] = new double[numbers.length];
			for (int j = 0; j < numbers.length; j++) {
				arrays[i][j] = Double.longBitsToDouble(Long.parseUnsignedLong(numbers[j], 16));
			}
		}
		if (arrays[0].length != arrays[1].length || arrays[2].length != arrays[0].length + 1) {
			throw new IllegalArgumentException("inconsistent model");
		}
		return new LogisticRegression(arrays[0], arrays[1], arrays[2]);
	}

	/** Weight per feature in standard deviations, bias first, for the log. */
	double[] weights() {
		return this.weights.clone();
	}

	/** Gaussian elimination with partial pivoting; the matrix is small and well conditioned by the L2 term. */
	private static double[] solve(double[][] matrix, double[] vector) {
		int k = vector.length;
		double[][] a = new double[k][];
		for (int i = 0; i < k; i++) {
			a[i] = java.util.Arrays.copyOf(matrix[i], k + 1);
			a[i][k] = vector[i];
		}
		for (int col = 0; col < k; col++) {
			int pivot = col;
			for (int row = col + 1; row < k; row++) {
				if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) {
					pivot = row;
				}
			}
			double[] swap = a[col];
			a[col] = a[pivot];
			a[pivot] = swap;
			if (Math.abs(a[col][col]) < 1e-12) {
				continue;
			}
			for (int row = col + 1; row < k; row++) {
				double factor = a[row][col] / a[col][col];
				for (int c = col; c <= k; c++) {
					a[row][c] -= factor * a[col][c];
				}
			}
		}
		double[] x = new double[k];
		for (int row = k - 1; row >= 0; row--) {
			double sum = a[row][k];
			for (int c = row + 1; c < k; c++) {
				sum -= a[row][c] * x[c];
			}
			x[row] = (Math.abs(a[row][row]) < 1e-12) ? 0 : sum / a[row][row];
		}
		return x;
	}

	private static double dot(double[] a, double[] b) {
		double sum = 0;
		for (int j = 0; j < a.length; j++) {
			sum += a[j] * b[j];
		}
		return sum;
	}

	private static double sigmoid(double x) {
		return 1 / (1 + Math.exp(-x));
	}

}
